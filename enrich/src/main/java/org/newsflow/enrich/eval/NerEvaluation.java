package org.newsflow.enrich.eval;

import org.newsflow.enrich.engine.Analysis;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.ner.NameTagger;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.tone.ToneLexicon;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.ner.IobCorpus;
import org.newsflow.enrich.engine.resolve.Agency;
import org.newsflow.enrich.engine.resolve.ResolvedMention;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the engine's names against IOB2 data (PER/ORG/LOC): exact character spans, {@code name} mentions only.
 * The headline mapping counts COUNTRY and LOCATION as LOC; a secondary figure counts a country that acts ("China
 * said") or a capital standing for its state as ORG, as UNER's guideline does.
 */
public final class NerEvaluation {

    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** Typed and untyped scores, per type, and the typed score under the acting-country mapping. */
    public record Scores(int sentences, Evaluation.Prf typed, Evaluation.Prf untyped, Map<String, Evaluation.Prf> perType,
                  Evaluation.Prf actingCountryTyped) {
    }

    private static final PrintStream ERRORS = System.getProperty("newsflow.eval.errors") == null ? null
            : System.err;

    private NerEvaluation() {
    }

    /**
     * Scores the bundled engine and the engine without its name tagger on IOB2 files: {@code NerEvaluation FILE...}
     * (system property {@code newsflow.eval.errors} lists each missed and spurious name on standard error). For
     * development data that the shipped tagger was not trained on, e.g. a tagger retrained without UNER
     * English-EWT dev placed first on the class path. With {@code --documents} first, the sentences of a document
     * are the paragraphs of one article.
     */
    public static void main(String[] args) throws IOException {
        boolean documents = args.length > 0 && args[0].equals("--documents");
        KnowledgeBase kb = KnowledgeBase.bundled();
        NlpPipeline nlp = NlpPipeline.english();
        DefaultEnricher engine = new DefaultEnricher(kb, nlp, ToneLexicon.news(), NameTagger.bundled(kb));
        DefaultEnricher rules = new DefaultEnricher(kb, nlp, ToneLexicon.news(), null);
        for (String file : documents ? java.util.Arrays.copyOfRange(args, 1, args.length) : args) {
            Path path = Path.of(file);
            String name = path.getFileName() + (documents ? ", documents as articles" : "");
            System.out.println(table(name, score(engine, path, ERRORS, documents),
                    score(rules, path, null, documents)));
        }
    }

    /** Scores an engine on an IOB2 file, each sentence an article of its own. */
    public static Scores score(DefaultEnricher engine, Path file) throws IOException {
        return score(engine, file, ERRORS);
    }

    /** Like {@link #score(DefaultEnricher, Path)}, listing missed and spurious names on {@code errors} if not null. */
    static Scores score(DefaultEnricher engine, Path file, PrintStream errors) throws IOException {
        return score(engine, file, errors, false);
    }

    /**
     * @param documents true reads the sentences of one document (consecutive sentences with the same
     *                  {@code sent_id} stem) as the paragraphs of one article, sharing its context; false reads
     *                  every sentence as an article of its own
     */
    static Scores score(DefaultEnricher engine, Path file, PrintStream errors, boolean documents)
            throws IOException {
        Tally tally = new Tally();
        List<IobCorpus.Sentence> sentences = IobCorpus.read(file);
        ArticleContext context = new ArticleContext();
        String document = null;
        for (IobCorpus.Sentence s : sentences) {
            String text = s.text();
            if (!documents || s.document() == null || !s.document().equals(document)) {
                context = new ArticleContext();
            }
            document = s.document();
            Analysis analysis = engine.analyse(text, context);
            Set<String> predicted = new HashSet<>();
            Set<String> predictedActing = new HashSet<>();
            for (ResolvedMention m : analysis.resolution().mentions()) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                predicted.add(m.start() + ":" + m.end() + ":" + headlineType(m));
                predictedActing.add(m.start() + ":" + m.end() + ":" + actingType(m, analysis.sentences()));
            }
            tally.add(text, gold(text, s), predicted, predictedActing, errors);
        }
        return tally.scores(sentences.size());
    }

    /** The names another system finds in one sentence, as "start:end:TYPE" character spans, TYPE PER, ORG or LOC. */
    @FunctionalInterface
    public interface NameFinder {
        Set<String> names(String sentence);
    }

    /**
     * Scores any name finder the same way, each sentence on its own; the acting-country figure is the headline one,
     * as a finder that is not the engine has no acting countries.
     */
    public static Scores score(NameFinder finder, Path file) throws IOException {
        Tally tally = new Tally();
        List<IobCorpus.Sentence> sentences = IobCorpus.read(file);
        for (IobCorpus.Sentence s : sentences) {
            Set<String> predicted = finder.names(s.text());
            tally.add(s.text(), gold(s.text(), s), predicted, predicted, null);
        }
        return tally.scores(sentences.size());
    }

    /** Counts of one scoring run: typed, untyped, per type and under the acting-country mapping. */
    private static final class Tally {
        private final Counts typed = new Counts();
        private final Counts untyped = new Counts();
        private final Counts acting = new Counts();
        private final Map<String, Counts> perType = new LinkedHashMap<>();

        Tally() {
            TYPES.forEach(t -> perType.put(t, new Counts()));
        }

        void add(String text, Set<String> gold, Set<String> predicted, Set<String> predictedActing,
                 PrintStream errors) {
            typed.add(gold, predicted);
            untyped.add(spans(gold), spans(predicted));
            acting.add(gold, predictedActing);
            for (String type : TYPES) {
                perType.get(type).add(ofType(gold, type), ofType(predicted, type));
            }
            if (errors != null) {
                gold.stream().filter(g -> !predicted.contains(g))
                        .forEach(g -> errors.println("FN\t" + span(text, g) + "\t" + text));
                predicted.stream().filter(p -> !gold.contains(p))
                        .forEach(p -> errors.println("FP\t" + span(text, p) + "\t" + text));
            }
        }

        Scores scores(int sentences) {
            Map<String, Evaluation.Prf> types = new LinkedHashMap<>();
            perType.forEach((k, v) -> types.put(k, v.prf()));
            return new Scores(sentences, typed.prf(), untyped.prf(), types, acting.prf());
        }
    }

    /** Gold spans as "start:end:TYPE" character offsets into the sentence text. */
    private static Set<String> gold(String text, IobCorpus.Sentence s) {
        Set<String> gold = new HashSet<>();
        int pos = 0;
        int entityStart = -1;
        int entityEnd = -1;
        String entityType = null;
        for (int k = 0; k < s.tokens().size(); k++) {
            String token = s.tokens().get(k);
            String tag = s.tags().get(k);
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
        }
        return gold;
    }

    static String headlineType(ResolvedMention m) {
        return headlineType(m.actor().type());
    }

    /** The headline type of an actor type: PER, ORG, or LOC for countries and places alike. */
    static String headlineType(ActorType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION, COUNTRY -> "LOC";
        };
    }

    private static String actingType(ResolvedMention m, List<Sentence> sentences) {
        return switch (m.actor().type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case COUNTRY -> m.form() == ResolvedMention.Form.METONYM
                    || Agency.acts(sentences.get(m.sentence()), m.firstToken(), m.endToken()) ? "ORG" : "LOC";
        };
    }

    private static Set<String> spans(Set<String> typed) {
        Set<String> result = new HashSet<>();
        typed.forEach(t -> result.add(t.substring(0, t.lastIndexOf(':'))));
        return result;
    }

    private static Set<String> ofType(Set<String> typed, String type) {
        Set<String> result = new HashSet<>();
        typed.stream().filter(t -> t.endsWith(":" + type)).forEach(result::add);
        return result;
    }

    private static String span(String text, String key) {
        String[] k = key.split(":");
        return text.substring(Integer.parseInt(k[0]), Integer.parseInt(k[1])) + "\t" + k[2];
    }

    static String table(String data, Scores engine, Scores rules) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%s (%d sentences): exact span, name mentions, COUNTRY+LOCATION=LOC%n",
                data, engine.sentences()));
        b.append("| measure | tagger + knowledge base + rules | rules + knowledge base (previous engine) |\n");
        b.append("|---|---|---|\n");
        row(b, "typed P / R / F1", engine.typed(), rules.typed());
        row(b, "untyped P / R / F1", engine.untyped(), rules.untyped());
        for (String t : TYPES) {
            row(b, t + " P / R / F1", engine.perType().get(t), rules.perType().get(t));
        }
        row(b, "typed, acting country = ORG (secondary)", engine.actingCountryTyped(), rules.actingCountryTyped());
        return b.toString();
    }

    private static void row(StringBuilder b, String measure, Evaluation.Prf a, Evaluation.Prf r) {
        b.append(String.format(Locale.ROOT, "| %s | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f |%n", measure,
                a.precision(), a.recall(), a.f1(), r.precision(), r.recall(), r.f1()));
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

        Evaluation.Prf prf() {
            return new Evaluation.Prf(tp, fp, fn, tp);
        }
    }
}
