package org.newsflow.enrich.engine.identity;

import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.Resolution;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.resolve.ResolvedMention.Form;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One paragraph's mentions while the identity passes rewrite them, with the article context they consult. */
final class LinkState {

    static final String INFERRED = "inferred from text";

    final List<ResolvedMention> mentions;
    final List<Sentence> sentences;
    final ArticleContext context;
    final KnowledgeBase kb;
    private final Resolution original;
    private List<ActorEntry> earlierParagraphs;

    LinkState(Resolution resolution, List<Sentence> sentences, ArticleContext context, KnowledgeBase kb) {
        this.original = resolution;
        this.mentions = new ArrayList<>(resolution.mentions());
        this.sentences = sentences;
        this.context = context;
        this.kb = kb;
    }

    Resolution resolution() {
        mentions.sort(Comparator.comparingInt(ResolvedMention::start)
                .thenComparing(Comparator.comparingInt(ResolvedMention::end).reversed()));
        return new Resolution(List.copyOf(mentions), original.roleNouns(), original.titles());
    }

    LocalDate date() {
        return context.date() != null ? context.date() : LocalDate.now(ZoneOffset.UTC);
    }

    /** Whether the knowledge base does not know this actor: its name and type were inferred from the text. */
    boolean unknown(ActorEntry e) {
        return kb.get(e.id()).isEmpty();
    }

    /** Every mention of {@code oldId} in this paragraph now refers to {@code entry}. */
    void remap(String oldId, ActorEntry entry) {
        for (int k = 0; k < mentions.size(); k++) {
            ResolvedMention m = mentions.get(k);
            if (m.actor().id().equals(oldId)) {
                mentions.set(k, with(m, entry, m.form()));
            }
        }
    }

    void replace(int k, ActorEntry entry, Form form) {
        mentions.set(k, with(mentions.get(k), entry, form));
    }

    static ResolvedMention with(ResolvedMention m, ActorEntry entry, Form form) {
        return new ResolvedMention(m.start(), m.end(), m.kind(), form, entry, m.sentence(), m.firstToken(),
                m.endToken());
    }

    void addNominal(int sentence, int token, ActorEntry entry) {
        Token t = sentences.get(sentence).tokens().get(token);
        mentions.add(new ResolvedMention(t.start(), t.end(), MentionKind.NOMINAL, Form.NOMINAL, entry, sentence,
                token, token + 1));
    }

    void addName(int sentence, int from, int to, ActorEntry entry) {
        List<Token> tokens = sentences.get(sentence).tokens();
        mentions.add(new ResolvedMention(tokens.get(from).start(), tokens.get(to - 1).end(), MentionKind.NAME,
                Form.NAME, entry, sentence, from, to));
    }

    void addNested(int sentence, int from, int to, ActorEntry entry) {
        List<Token> tokens = sentences.get(sentence).tokens();
        mentions.add(new ResolvedMention(tokens.get(from).start(), tokens.get(to - 1).end(), MentionKind.NESTED,
                Form.NAME, entry, sentence, from, to));
    }

    /** The mention covering token {@code token} of sentence {@code sentence}, or -1. */
    int covering(int sentence, int token) {
        for (int k = 0; k < mentions.size(); k++) {
            ResolvedMention m = mentions.get(k);
            if (m.sentence() == sentence && m.firstToken() <= token && token < m.endToken()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Actors named before a point of the paragraph (most recent first), then those the article named in earlier
     * paragraphs (most recent first).
     */
    List<ActorEntry> before(int sentence, int token) {
        List<ActorEntry> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<ResolvedMention> earlier = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.sentence() < sentence || (m.sentence() == sentence && m.endToken() <= token)) {
                earlier.add(m);
            }
        }
        earlier.sort(Comparator.comparingInt(ResolvedMention::sentence).thenComparingInt(ResolvedMention::firstToken));
        for (int k = earlier.size() - 1; k >= 0; k--) {
            if (ids.add(earlier.get(k).actor().id())) {
                result.add(earlier.get(k).actor());
            }
        }
        for (ActorEntry e : earlierParagraphs()) {
            if (ids.add(e.id())) {
                result.add(e);
            }
        }
        return result;
    }

    /** The actors of earlier paragraphs, most recent first; read once per paragraph. */
    private List<ActorEntry> earlierParagraphs() {
        if (earlierParagraphs == null) {
            List<ArticleContext.Remembered> remembered = context.actors();
            earlierParagraphs = new ArrayList<>(remembered.size());
            for (int k = remembered.size() - 1; k >= 0; k--) {
                earlierParagraphs.add(fromContext(remembered.get(k)));
            }
        }
        return earlierParagraphs;
    }

    ActorEntry fromContext(ArticleContext.Remembered r) {
        return kb.get(r.id()).orElseGet(() -> new ActorEntry(r.id(), r.name(), r.type(), r.country(), r.role(),
                r.cameo(), List.of(), List.of(), null, null, INFERRED, r.wikidata()));
    }


    static boolean isOrganisation(ActorEntry e) {
        return e.type() == ActorType.ORGANIZATION;
    }
}
