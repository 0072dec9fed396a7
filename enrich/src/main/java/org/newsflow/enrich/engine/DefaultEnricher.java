package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.identity.IdentityLinker;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.ner.NameTagger;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.quotes.QuoteFinder;
import org.newsflow.enrich.engine.resolve.ActorResolver;
import org.newsflow.enrich.engine.resolve.Resolution;
import org.newsflow.enrich.engine.resolve.RoleTitles;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.sentiment.SentimentScorer;
import org.newsflow.enrich.engine.tone.ToneLexicon;
import org.newsflow.enrich.engine.tone.ToneResult;
import org.newsflow.enrich.engine.tone.ToneScorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default engine: OpenNLP sentences and part-of-speech tags, knowledge-base actor resolution, lexicon tone,
 * learned sentiment and quotations. Create it once ({@link #create()} loads the models and the bundled knowledge
 * base, about a second) and share it between threads; the knowledge base it holds can be changed while it runs.
 */
public final class DefaultEnricher implements Enricher {

    /** Written into every enriched paragraph, so consumers can tell which engine and models produced it. */
    public static final String NAME = "newsflow-learned";
    /** 2: learned name tagger ({@link NameTagger#MODEL}), learned sentiment and identity passes; 1 was rules only. */
    public static final String VERSION = "2.0+" + NameTagger.MODEL.substring(0, NameTagger.MODEL.indexOf('.'));

    private final KnowledgeBase kb;
    private final NlpPipeline nlp;
    private final ActorResolver resolver;
    private final IdentityLinker identities;
    private final ToneScorer tone;
    private final SentimentScorer sentiment;
    private final QuoteFinder quotes = new QuoteFinder();

    /** The engine with the bundled name tagger. */
    public DefaultEnricher(KnowledgeBase kb, NlpPipeline nlp, ToneLexicon lexicon) {
        this(kb, nlp, lexicon, NameTagger.bundled(kb), true);
    }

    /**
     * @param tagger proposes names the knowledge base does not know; null leaves them to the rules alone (the
     *               engine before the tagger, kept for comparison)
     */
    public DefaultEnricher(KnowledgeBase kb, NlpPipeline nlp, ToneLexicon lexicon, NameTagger tagger) {
        this(kb, nlp, lexicon, tagger, true);
    }

    /**
     * @param linkIdentities false leaves out the article-level identity passes ({@link IdentityLinker}): the
     *                       engine as it was before them, kept to report figures side by side
     */
    public DefaultEnricher(KnowledgeBase kb, NlpPipeline nlp, ToneLexicon lexicon, boolean linkIdentities) {
        this(kb, nlp, lexicon, NameTagger.bundled(kb), linkIdentities);
    }

    public DefaultEnricher(KnowledgeBase kb, NlpPipeline nlp, ToneLexicon lexicon, NameTagger tagger,
                           boolean linkIdentities) {
        this.kb = kb;
        this.nlp = nlp;
        this.resolver = new ActorResolver(kb, lexicon::contains, tagger);
        this.identities = linkIdentities ? new IdentityLinker(kb) : null;
        this.tone = new ToneScorer(lexicon);
        this.sentiment = SentimentScorer.bundled();
    }

    private DefaultEnricher(DefaultEnricher engine, SentimentScorer sentiment) {
        this.kb = engine.kb;
        this.nlp = engine.nlp;
        this.resolver = engine.resolver;
        this.identities = engine.identities;
        this.tone = engine.tone;
        this.sentiment = sentiment;
    }

    /**
     * This engine with lexicon sentiment instead of the learned models: an actor's sentiment is the tone of the
     * sentences that mention it, the paragraph's the mean tone of its sentences. Kept as the baseline the models
     * are measured against.
     */
    public DefaultEnricher withLexiconSentiment() {
        return new DefaultEnricher(this, null);
    }

    /** The engine with the bundled knowledge base, the news tone lexicon and the learned sentiment models. */
    public static DefaultEnricher create() {
        return create(KnowledgeBase.bundled());
    }

    /** The engine over a given knowledge base (for instance one fed from the reference topic). */
    public static DefaultEnricher create(KnowledgeBase kb) {
        return new DefaultEnricher(kb, NlpPipeline.english(), ToneLexicon.news());
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Enrichment enrich(String paragraphText, ArticleContext context) {
        return analyse(paragraphText, context).enrichment();
    }

    /** Like {@link #enrich}, also returning sentences, resolved mentions and sentence scores. */
    public Analysis analyse(String text, ArticleContext context) {
        context.startParagraph();
        List<Sentence> sentences = nlp.analyse(text);
        Resolution resolution = resolver.resolve(sentences, context);
        if (identities != null) {
            resolution = identities.link(resolution, sentences, context);
        }
        boolean[] names = new boolean[text.length()];
        for (ResolvedMention m : resolution.mentions()) {
            if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.DEMONYM) {
                for (int k = m.start(); k < m.end(); k++) {
                    names[k] = true;
                }
            }
        }
        for (Resolution.Span title : resolution.titles()) {
            for (int k = title.start(); k < title.end(); k++) {
                names[k] = true;
            }
        }
        ToneResult toneResult = tone.score(sentences, names);
        SentimentScorer.Scored learned = sentiment == null ? null
                : sentiment.score(sentences, resolution.mentions(), toneResult.sentenceScores());
        Map<String, Sentiment> actorSentiment = learned == null ? Map.of() : learned.actors();
        List<Actor> actors = actors(text, resolution, toneResult, actorSentiment);
        for (Actor actor : actors) {
            if (actor.type() == ActorType.PERSON
                    && actor.mentions().stream().allMatch(m -> m.kind() == MentionKind.NESTED)) {
                continue; // "George Washington University" does not make a later "Washington" the person
            }
            // titles first so that role nouns actually seen in the article survive the per-actor cap
            Set<String> nouns = new LinkedHashSet<>();
            kb.get(actor.actorId()).ifPresent(e -> e.titles().forEach(t -> nouns.add(RoleTitles.head(t))));
            nouns.addAll(resolution.roleNouns().getOrDefault(actor.actorId(), Set.of()));
            context.remember(actor, List.copyOf(nouns));
        }
        Sentiment paragraphSentiment = learned == null ? toneResult.sentiment() : learned.paragraph();
        Enrichment enrichment = new Enrichment(actors, toneResult.tone(), paragraphSentiment,
                quotes.find(text, sentences, resolution.mentions()));
        return new Analysis(sentences, resolution, toneResult, enrichment);
    }

    private static List<Actor> actors(String text, Resolution resolution, ToneResult toneResult,
                                      Map<String, Sentiment> learned) {
        Map<String, List<ResolvedMention>> byActor = new LinkedHashMap<>();
        Map<String, ActorEntry> entries = new LinkedHashMap<>();
        for (ResolvedMention m : resolution.mentions()) {
            byActor.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()).add(m);
            entries.putIfAbsent(m.actor().id(), m.actor());
        }
        List<Actor> actors = new ArrayList<>(byActor.size());
        for (Map.Entry<String, List<ResolvedMention>> e : byActor.entrySet()) {
            ActorEntry entry = entries.get(e.getKey());
            List<Mention> mentions = new ArrayList<>();
            Set<Integer> sentenceIds = new LinkedHashSet<>();
            Set<Long> spans = new LinkedHashSet<>();
            for (ResolvedMention m : e.getValue()) {
                if (spans.add(((long) m.start() << 32) | m.end())) {
                    mentions.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), m.kind()));
                }
                sentenceIds.add(m.sentence());
            }
            Sentiment sentiment = learned.get(e.getKey());
            if (sentiment == null) {
                double sum = 0;
                for (int s : sentenceIds) {
                    sum += toneResult.sentenceScores()[s];
                }
                sentiment = ToneScorer.sentiment(sentenceIds.isEmpty() ? 0 : sum / sentenceIds.size());
            }
            actors.add(new Actor(entry.id(), entry.name(), entry.type(), entry.country(), entry.role(),
                    entry.cameo(), sentiment, mentions, entry.wikidata()));
        }
        return actors;
    }
}
