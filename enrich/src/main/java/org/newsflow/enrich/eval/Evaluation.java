package org.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.kb.BundledKnowledge;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.ner.NameTagger;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the engine on the development data of {@code shared/eval} (read where it lies, never copied): actor
 * precision/recall on the hand-annotated seed article, typed and untyped entity F1 on UNER English-PUD
 * (Wikipedia half), three-class sentiment on the VADER New York Times editorial subset. Run with the folder as
 * argument or system property {@code newsflow.eval.dir}.
 */
public final class Evaluation {

    public static final String SEED_GOLD = "seed-gold.json";
    public static final String NER = "ner-uner-en_pud-wiki.iob2";
    public static final String NER_TEST = "uner-ewt-test.iob2";
    public static final String SENTIMENT = "sentiment-vader-nyt-editorial-subset.tsv";
    public static final String TARGET_SENTIMENT = "newsmtsc-dev.jsonl";

    private final Path dir;
    private final DefaultEnricher engine;
    private final DefaultEnricher vaderOnly;
    /** The engine without the name tagger, as it was before it: its figures are reported beside the engine's. */
    private final DefaultEnricher rulesOnly;
    private final Path nerTest;
    /** The engine with the lexicon sentiment it had before the learned models: the sentiment baseline. */
    private final DefaultEnricher newsLexicon;
    private final NlpPipeline nlp;
    private final Path targetSentiment;

    /**
     * @param dir the evaluation folder; the held-out UNER English-EWT test split is read from
     *            {@code ../train/ner/uner-ewt-test.iob2} beside it (or system property {@code newsflow.ner.test})
     *            when present: the shipped tagger was not trained on it. NewsMTSC's development split is read from
     *            {@code ../train/sentiment/newsmtsc-dev.jsonl} beside it (or system property
     *            {@code newsflow.sentiment.dev}) when present: it chose the model but was never trained on
     */
    public Evaluation(Path dir) {
        this.dir = dir;
        KnowledgeBase kb = KnowledgeBase.bundled();
        this.nlp = NlpPipeline.english();
        NameTagger tagger = NameTagger.bundled(kb);
        this.engine = new DefaultEnricher(kb, nlp, ToneLexicon.news(), tagger);
        this.vaderOnly = new DefaultEnricher(kb, nlp, ToneLexicon.vaderOnly(), tagger).withLexiconSentiment();
        this.newsLexicon = engine.withLexiconSentiment();
        this.rulesOnly = new DefaultEnricher(kb, nlp, ToneLexicon.news(), null);
        this.nerTest = Path.of(System.getProperty("newsflow.ner.test",
                dir.toAbsolutePath().resolveSibling("train").resolve("ner").resolve(NER_TEST).toString()));
        this.targetSentiment = Path.of(System.getProperty("newsflow.sentiment.dev", dir.toAbsolutePath()
                .resolveSibling("train").resolve("sentiment").resolve(TARGET_SENTIMENT).toString()));
    }

    /**
     * Figures of one run. Names: {@code nerTyped}/{@code nerUntyped} are the engine's on the UNER wiki data with
     * the headline mapping; the {@code *Rules} figures are the engine without its name tagger; the
     * {@code nerTest*} scores are null when the held-out test split is absent. Sentiment: {@code *Learned} is the
     * engine's (learned models), {@code *News} the news lexicon's (the previous engine), {@code *Vader} VADER's
     * lexicon alone; {@code targets*} are null when NewsMTSC's development split is absent.
     */
    public record Report(Prf seedActors, double seedTypeAgreement, Prf nerTyped, Prf nerUntyped,
                         ClassScores nytNews, ClassScores nytVader, ClassScores seedNews, ClassScores seedVader,
                         double nerSentencesPerSecond, ClassScores nytLearned, ClassScores seedLearned,
                         ClassScores targetsLearned, ClassScores targetsNews, Prf seedActorsRules,
                         NerEvaluation.Scores nerWiki, NerEvaluation.Scores nerWikiRules,
                         NerEvaluation.Scores nerTest, NerEvaluation.Scores nerTestRules,
                         NewsPersonsEvaluation.Scores newsPersons, NewsPersonsEvaluation.Scores newsPersonsRules) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("newsflow.eval.dir", "../shared/eval"));
        if (!Files.isDirectory(dir)) {
            System.err.println("no evaluation data at " + dir.toAbsolutePath());
            System.exit(2);
        }
        System.out.println(table(new Evaluation(dir).run()));
        if (Files.isRegularFile(dir.resolve(IdentityEvaluation.GUM))) {
            System.out.println(IdentityEvaluation.table(identity(dir, true), identity(dir, false)));
        }
    }

    /**
     * Identity on the GUM documents, by this engine or (current false) by the engine before the identity work:
     * the hand-written knowledge base and no article-level identity passes, measured in the same run.
     */
    public static IdentityEvaluation.Scores identity(Path dir, boolean current) throws IOException {
        DefaultEnricher engine = current
                ? new DefaultEnricher(KnowledgeBase.bundled(), NlpPipeline.english(), ToneLexicon.news())
                : new DefaultEnricher(BundledKnowledge.handWritten(), NlpPipeline.english(), ToneLexicon.news(),
                        false);
        return current ? IdentityEvaluation.score(dir.resolve(IdentityEvaluation.GUM), engine)
                : IdentityEvaluation.score(dir.resolve(IdentityEvaluation.GUM), engine, null);
    }

    public Report run() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve(SEED_GOLD).toFile());
        SeedResult seed = seed(gold, engine);
        SeedResult seedRules = seed(gold, rulesOnly);
        long t0 = System.nanoTime();
        NerEvaluation.Scores wiki = NerEvaluation.score(engine, dir.resolve(NER));
        double nerRate = wiki.sentences() / ((System.nanoTime() - t0) / 1e9);
        NerEvaluation.Scores wikiRules = NerEvaluation.score(rulesOnly, dir.resolve(NER), null);
        boolean test = Files.isRegularFile(nerTest);
        NerEvaluation.Scores held = test ? NerEvaluation.score(engine, nerTest) : null;
        NerEvaluation.Scores heldRules = test ? NerEvaluation.score(rulesOnly, nerTest, null) : null;
        ClassScores[] nyt = sentiment();
        TargetSentimentEvaluation.Scores targets = Files.isRegularFile(targetSentiment)
                ? TargetSentimentEvaluation.score(targetSentiment, nlp) : null;
        boolean news = Files.isRegularFile(targetSentiment);
        NewsPersonsEvaluation.Scores persons = news ? NewsPersonsEvaluation.score(targetSentiment, engine) : null;
        NewsPersonsEvaluation.Scores personsRules = news
                ? NewsPersonsEvaluation.score(targetSentiment, rulesOnly) : null;
        return new Report(seed.actors, seed.typeAgreement, wiki.typed(), wiki.untyped(), nyt[1], nyt[2], seed.news,
                seed.vader, nerRate, nyt[0], seed.learned, targets == null ? null : targets.learned(),
                targets == null ? null : targets.lexicon(), seedRules.actors, wiki, wikiRules, held, heldRules,
                persons, personsRules);
    }

    // ---- seed article

    private record SeedResult(Prf actors, double typeAgreement, ClassScores learned, ClassScores news,
                              ClassScores vader) {
    }

    private SeedResult seed(JsonNode gold, DefaultEnricher engine) {
        JsonNode catalog = gold.get("actor_catalog");
        ArticleContext context = new ArticleContext();
        ArticleContext vaderContext = new ArticleContext();
        ArticleContext newsContext = new ArticleContext();
        int tp = 0;
        int fn = 0;
        int correct = 0;
        int predicted = 0;
        int typed = 0;
        int typedOk = 0;
        List<SentimentLabel> goldLabels = new ArrayList<>();
        List<SentimentLabel> learned = new ArrayList<>();
        List<SentimentLabel> news = new ArrayList<>();
        List<SentimentLabel> vader = new ArrayList<>();
        for (JsonNode p : gold.get("paragraphs")) {
            String text = p.get("text").asText();
            Enrichment e = engine.enrich(text, context);
            Set<String> ids = new HashSet<>();
            e.actors().forEach(a -> ids.add(a.actorId()));
            Set<String> acceptable = new HashSet<>();
            for (JsonNode g : p.get("actors")) {
                Set<String> names = accepted(g.get("id").asText(), catalog);
                acceptable.addAll(names);
                boolean found = names.stream().anyMatch(ids::contains);
                if (!g.path("optional").asBoolean(false)) {
                    if (found) {
                        tp++;
                    } else {
                        fn++;
                    }
                }
                for (Actor a : e.actors()) {
                    if (a.actorId().equals(g.get("id").asText())) {
                        typed++;
                        typedOk += sameType(g.get("type").asText(), a.type()) ? 1 : 0;
                    }
                }
            }
            for (String id : ids) {
                predicted++;
                correct += acceptable.contains(id) ? 1 : 0;
            }
            goldLabels.add(SentimentLabel.valueOf(p.get("sentiment").get("label").asText().toUpperCase(Locale.ROOT)));
            learned.add(e.sentiment().label());
            news.add(newsLexicon.enrich(text, newsContext).sentiment().label());
            vader.add(vaderOnly.enrich(text, vaderContext).sentiment().label());
        }
        Prf actors = new Prf(correct, predicted - correct, fn, tp);
        return new SeedResult(actors, typed == 0 ? 0 : (double) typedOk / typed,
                ClassScores.of(goldLabels, learned), ClassScores.of(goldLabels, news),
                ClassScores.of(goldLabels, vader));
    }

    private static Set<String> accepted(String id, JsonNode catalog) {
        Set<String> names = new HashSet<>();
        names.add(id);
        catalog.path(id).path("accept").forEach(a -> names.add(a.asText()));
        return names;
    }

    private static boolean sameType(String gold, ActorType type) {
        return switch (gold) {
            case "PERSON" -> type == ActorType.PERSON;
            case "ORG" -> type == ActorType.ORGANIZATION;
            default -> type == ActorType.COUNTRY || type == ActorType.LOCATION;
        };
    }

    // ---- sentiment

    private ClassScores[] sentiment() throws IOException {
        List<SentimentLabel> gold = new ArrayList<>();
        List<SentimentLabel> learned = new ArrayList<>();
        List<SentimentLabel> news = new ArrayList<>();
        List<SentimentLabel> vader = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(SENTIMENT), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 3);
            if (cells.length < 3) {
                continue;
            }
            double rating = Double.parseDouble(cells[1]);
            gold.add(rating > 0.5 ? SentimentLabel.POSITIVE : rating < -0.5 ? SentimentLabel.NEGATIVE
                    : SentimentLabel.NEUTRAL);
            learned.add(engine.enrich(cells[2], new ArticleContext()).sentiment().label());
            news.add(newsLexicon.enrich(cells[2], new ArticleContext()).sentiment().label());
            vader.add(vaderOnly.enrich(cells[2], new ArticleContext()).sentiment().label());
        }
        return new ClassScores[] {ClassScores.of(gold, learned), ClassScores.of(gold, news),
            ClassScores.of(gold, vader)};
    }

    // ---- scores

    /** Counts of a set comparison; for the seed article fp/fn/tp are counted on different sides (see README). */
    public record Prf(int correct, int fp, int fn, int tp) {
        public double precision() {
            return correct + fp == 0 ? 0 : (double) correct / (correct + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Accuracy and macro-F1 over negative / neutral / positive. */
    public record ClassScores(int n, double accuracy, double macroF1) {
        static ClassScores of(List<SentimentLabel> gold, List<SentimentLabel> predicted) {
            int correct = 0;
            double f1Sum = 0;
            for (int i = 0; i < gold.size(); i++) {
                correct += gold.get(i) == predicted.get(i) ? 1 : 0;
            }
            for (SentimentLabel label : SentimentLabel.values()) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < gold.size(); i++) {
                    boolean g = gold.get(i) == label;
                    boolean p = predicted.get(i) == label;
                    tp += g && p ? 1 : 0;
                    fp += !g && p ? 1 : 0;
                    fn += g && !p ? 1 : 0;
                }
                double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
                f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }
            return new ClassScores(gold.size(), gold.isEmpty() ? 0 : (double) correct / gold.size(),
                    f1Sum / SentimentLabel.values().length);
        }
    }

    public static String table(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("| task | data | metric | score |\n|---|---|---|---|\n");
        row(b, "actors", "seed article (10 paragraphs)", "precision / recall / F1", r.seedActors());
        b.append(String.format(Locale.ROOT, "| actors | seed article | type agreement of found gold actors | %.3f |%n",
                r.seedTypeAgreement()));
        row(b, "actors, rules + knowledge base only", "seed article", "precision / recall / F1", r.seedActorsRules());
        row(b, "entities, typed (PER/ORG/LOC)", "UNER English-PUD wiki (500 sentences)", "precision / recall / F1",
                r.nerTyped());
        row(b, "entities, untyped", "UNER English-PUD wiki", "precision / recall / F1", r.nerUntyped());
        if (r.nerTest() != null) {
            row(b, "entities, typed (PER/ORG/LOC)", "UNER English-EWT test (held out)", "precision / recall / F1",
                    r.nerTest().typed());
            row(b, "entities, untyped", "UNER English-EWT test (held out)", "precision / recall / F1",
                    r.nerTest().untyped());
        }
        if (r.targetsLearned() != null) {
            cls(b, "actor sentiment, learned", "NewsMTSC dev targets (" + r.targetsLearned().n() + ")",
                    r.targetsLearned());
            cls(b, "actor sentiment, news lexicon", "NewsMTSC dev targets", r.targetsNews());
        }
        cls(b, "sentiment, learned", "VADER NYT editorial subset (" + r.nytNews().n() + ")", r.nytLearned());
        cls(b, "sentiment, news lexicon", "VADER NYT editorial subset", r.nytNews());
        cls(b, "sentiment, VADER lexicon only", "VADER NYT editorial subset", r.nytVader());
        cls(b, "sentiment, learned", "seed article paragraphs (" + r.seedNews().n() + ")", r.seedLearned());
        cls(b, "sentiment, news lexicon", "seed article paragraphs", r.seedNews());
        cls(b, "sentiment, VADER lexicon only", "seed article paragraphs", r.seedVader());
        b.append(NerEvaluation.table("UNER English-PUD wiki", r.nerWiki(), r.nerWikiRules()));
        if (r.nerTest() != null) {
            b.append(NerEvaluation.table("UNER English-EWT test, held out from training", r.nerTest(),
                    r.nerTestRules()));
        }
        if (r.newsPersons() != null) {
            b.append(NewsPersonsEvaluation.table(r.newsPersons(), r.newsPersonsRules()));
        }
        b.append(String.format(Locale.ROOT, "%nNER sentences/s during the run (cold JVM, single thread): %.0f%n",
                r.nerSentencesPerSecond()));
        return b.toString();
    }

    private static void row(StringBuilder b, String task, String data, String metric, Prf p) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f / %.3f / %.3f |%n", task, data, metric,
                p.precision(), p.recall(), p.f1()));
    }

    private static void cls(StringBuilder b, String task, String data, ClassScores c) {
        b.append(String.format(Locale.ROOT, "| %s | %s | accuracy / macro-F1 | %.3f / %.3f |%n", task, data,
                c.accuracy(), c.macroF1()));
    }
}
