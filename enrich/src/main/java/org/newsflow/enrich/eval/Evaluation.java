package org.newsflow.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsflow.enrich.engine.Actor;
import org.newsflow.enrich.engine.ActorType;
import org.newsflow.enrich.engine.Analysis;
import org.newsflow.enrich.engine.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.Enrichment;
import org.newsflow.enrich.engine.SentimentLabel;
import org.newsflow.enrich.engine.kb.BundledKnowledge;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.resolve.Agency;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
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
    public static final String SENTIMENT = "sentiment-vader-nyt-editorial-subset.tsv";
    public static final String TARGET_SENTIMENT = "newsmtsc-dev.jsonl";

    private final Path dir;
    private final DefaultEnricher engine;
    private final DefaultEnricher vaderOnly;
    /** The engine with the lexicon sentiment it had before the learned models: the sentiment baseline. */
    private final DefaultEnricher newsLexicon;
    private final NlpPipeline nlp;
    private final Path targetSentiment;

    /**
     * @param dir the evaluation folder; NewsMTSC's development split is read from
     *            {@code ../train/sentiment/newsmtsc-dev.jsonl} beside it (or system property
     *            {@code newsflow.sentiment.dev}) when present: it chose the model but was never trained on
     */
    public Evaluation(Path dir) {
        this.dir = dir;
        KnowledgeBase kb = KnowledgeBase.bundled();
        this.nlp = NlpPipeline.english();
        this.engine = new DefaultEnricher(kb, nlp, ToneLexicon.news());
        this.vaderOnly = new DefaultEnricher(kb, nlp, ToneLexicon.vaderOnly()).withLexiconSentiment();
        this.newsLexicon = engine.withLexiconSentiment();
        this.targetSentiment = Path.of(System.getProperty("newsflow.sentiment.dev", dir.toAbsolutePath()
                .resolveSibling("train").resolve("sentiment").resolve(TARGET_SENTIMENT).toString()));
    }

    /**
     * Figures of one run. Sentiment: {@code *Learned} is the engine's (learned models), {@code *News} the news
     * lexicon's (the previous engine), {@code *Vader} VADER's lexicon alone; {@code targets*} are null when
     * NewsMTSC's development split is absent.
     */
    public record Report(Prf seedActors, double seedTypeAgreement, Prf nerTyped, Prf nerUntyped,
                         ClassScores nytNews, ClassScores nytVader, ClassScores seedNews, ClassScores seedVader,
                         double nerSentencesPerSecond, ClassScores nytLearned, ClassScores seedLearned,
                         ClassScores targetsLearned, ClassScores targetsNews) {
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
        return IdentityEvaluation.score(dir.resolve(IdentityEvaluation.GUM), engine);
    }

    public Report run() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve(SEED_GOLD).toFile());
        SeedResult seed = seed(gold);
        long t0 = System.nanoTime();
        Prf[] ner = ner();
        double nerRate = ner[2].tp / ((System.nanoTime() - t0) / 1e9);
        ClassScores[] nyt = sentiment();
        TargetSentimentEvaluation.Scores targets = Files.isRegularFile(targetSentiment)
                ? TargetSentimentEvaluation.score(targetSentiment, nlp) : null;
        return new Report(seed.actors, seed.typeAgreement, ner[0], ner[1], nyt[1], nyt[2], seed.news, seed.vader,
                nerRate, nyt[0], seed.learned, targets == null ? null : targets.learned(),
                targets == null ? null : targets.lexicon());
    }

    // ---- seed article

    private record SeedResult(Prf actors, double typeAgreement, ClassScores learned, ClassScores news,
                              ClassScores vader) {
    }

    private SeedResult seed(JsonNode gold) {
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

    // ---- named entities

    /** Typed and untyped span scores; the third element's tp counts sentences, for the rate. */
    private Prf[] ner() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(NER), StandardCharsets.UTF_8);
        Counts typed = new Counts();
        Counts untyped = new Counts();
        int sentences = 0;
        String text = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length());
            } else if (line.isBlank()) {
                if (text != null && !rows.isEmpty()) {
                    scoreNerSentence(text, rows, typed, untyped);
                    sentences++;
                }
                text = null;
                rows.clear();
            } else if (!line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        if (text != null && !rows.isEmpty()) {
            scoreNerSentence(text, rows, typed, untyped);
            sentences++;
        }
        return new Prf[] {typed.prf(), untyped.prf(), new Prf(0, 0, 0, sentences)};
    }

    private void scoreNerSentence(String text, List<String[]> rows, Counts typed, Counts untyped) {
        Set<String> gold = new HashSet<>();
        Set<String> goldSpans = new HashSet<>();
        int pos = 0;
        int entityStart = -1;
        int entityEnd = -1;
        String entityType = null;
        for (String[] row : rows) {
            String token = row[1];
            String tag = row[2];
            int at = text.indexOf(token, pos);
            if (at < 0) {
                at = pos;
            }
            int end = at + token.length();
            pos = end;
            if (tag.startsWith("I-") && entityType != null && entityType.equals(tag.substring(2))) {
                entityEnd = end;
                continue;
            }
            if (entityType != null) {
                gold.add(entityStart + ":" + entityEnd + ":" + entityType);
                goldSpans.add(entityStart + ":" + entityEnd);
                entityType = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-")) {
                entityStart = at;
                entityEnd = end;
                entityType = tag.substring(2);
            }
        }
        if (entityType != null) {
            gold.add(entityStart + ":" + entityEnd + ":" + entityType);
            goldSpans.add(entityStart + ":" + entityEnd);
        }
        Analysis analysis = engine.analyse(text, new ArticleContext());
        Set<String> predicted = new HashSet<>();
        Set<String> predictedSpans = new HashSet<>();
        for (ResolvedMention m : analysis.resolution().mentions()) {
            String type = nerType(m, analysis.sentences());
            if (type != null) {
                predicted.add(m.start() + ":" + m.end() + ":" + type);
                predictedSpans.add(m.start() + ":" + m.end());
            }
        }
        typed.add(gold, predicted);
        untyped.add(goldSpans, predictedSpans);
        if (ERRORS != null) {
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    ERRORS.println("FN\t" + span(text, g) + "\t" + text);
                }
            }
            for (String p : predicted) {
                if (!gold.contains(p)) {
                    ERRORS.println("FP\t" + span(text, p) + "\t" + text);
                }
            }
        }
    }

    private static final java.io.PrintStream ERRORS = System.getProperty("newsflow.eval.errors") == null ? null
            : System.err;

    private static String span(String text, String key) {
        String[] k = key.split(":");
        return text.substring(Integer.parseInt(k[0]), Integer.parseInt(k[1])) + "\t" + k[2];
    }

    /**
     * UNER's guideline: a state acting politically is ORG, a place LOC, nationality words are not entities; role
     * nouns and pronouns are not names.
     */
    static String nerType(ResolvedMention m, List<Sentence> sentences) {
        if (m.form() == ResolvedMention.Form.DEMONYM || m.form() == ResolvedMention.Form.NOMINAL
                || m.form() == ResolvedMention.Form.PRONOUN) {
            return null;
        }
        return switch (m.actor().type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case COUNTRY -> m.form() == ResolvedMention.Form.METONYM
                    || Agency.acts(sentences.get(m.sentence()), m.firstToken(), m.endToken()) ? "ORG" : "LOC";
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

    private static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(Set<String> gold, Set<String> predicted) {
            for (String p : predicted) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    fn++;
                }
            }
        }

        Prf prf() {
            return new Prf(tp, fp, fn, tp);
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
        row(b, "entities, typed (PER/ORG/LOC)", "UNER English-PUD wiki (500 sentences)", "precision / recall / F1",
                r.nerTyped());
        row(b, "entities, untyped", "UNER English-PUD wiki", "precision / recall / F1", r.nerUntyped());
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
