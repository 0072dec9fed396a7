package org.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.tone.ToneLexicon;
import org.newsflow.enrich.eval.Evaluation;
import org.newsflow.enrich.eval.NerEvaluation;
import org.newsflow.enrich.eval.NewsPersonsEvaluation;

/**
 * Names found, side by side on the same hand-labelled sentences and by the same scorer (exact character span,
 * COUNTRY and LOCATION as LOC): the engine, the previous engine (rules and knowledge base, no tagger) and, when
 * the {@code corenlp} Maven profile put it on the class path, Stanford CoreNLP's default NER. Every sentence is
 * read on its own, as CoreNLP has no article context. The files are data the shipped tagger was not trained on.
 * Then the people in news ({@link NewsPersonsEvaluation}): of the people NewsMTSC's development sentences mark,
 * the share each system finds as a person, the one check on news text that labels names.
 */
final class NerComparison {

    /** CoreNLP's entity types that count, and the headline type each maps to. */
    private static final Map<String, String> CORENLP_TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
            "LOCATION", "LOC", "COUNTRY", "LOC", "CITY", "LOC", "STATE_OR_PROVINCE", "LOC");

    private final List<Path> files;
    private final Path newsMtsc;

    /** @param newsMtsc NewsMTSC's development file, for the people in news; skipped where it is absent */
    NerComparison(List<Path> files, Path newsMtsc) {
        this.files = files;
        this.newsMtsc = newsMtsc;
    }

    void run(Path out) throws Exception {
        KnowledgeBase kb = KnowledgeBase.bundled();
        NlpPipeline nlp = NlpPipeline.english();
        DefaultEnricher engine = DefaultEnricher.create();
        DefaultEnricher previous = new DefaultEnricher(kb, nlp, ToneLexicon.news(), null);
        NerEvaluation.NameFinder coreNlp = coreNlp();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "ner");
        json.put("when", Instant.now().toString());
        json.put("scorer", "exact character span and type; name mentions only; COUNTRY and LOCATION as LOC;"
                + " CoreNLP PERSON, ORGANIZATION and LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE as LOC");
        Map<String, Object> byFile = new LinkedHashMap<>();
        for (Path file : files) {
            Map<String, NerEvaluation.Scores> systems = new LinkedHashMap<>();
            systems.put("engine", NerEvaluation.score(engine, file));
            systems.put("previous engine (rules + knowledge base)", NerEvaluation.score(previous, file));
            if (coreNlp != null) {
                systems.put("Stanford CoreNLP, default NER", NerEvaluation.score(coreNlp, file));
            }
            System.out.print(table(file.getFileName().toString(), systems));
            Map<String, Object> fileJson = new LinkedHashMap<>();
            systems.forEach((name, scores) -> fileJson.put(name, figures(scores)));
            byFile.put(file.getFileName().toString(), fileJson);
        }
        json.put("files", byFile);
        if (Files.exists(newsMtsc)) {
            Map<String, NewsPersonsEvaluation.Scores> people = new LinkedHashMap<>();
            people.put("engine", NewsPersonsEvaluation.score(newsMtsc, engine));
            people.put("previous engine (rules + knowledge base)", NewsPersonsEvaluation.score(newsMtsc, previous));
            if (coreNlp != null) {
                people.put("Stanford CoreNLP, default NER", NewsPersonsEvaluation.score(newsMtsc, coreNlp));
            }
            System.out.print(peopleTable(people));
            Map<String, Object> peopleJson = new LinkedHashMap<>();
            peopleJson.put("file", newsMtsc.getFileName().toString());
            people.forEach((name, scores) -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("targets", scores.total());
                f.put("person", round(scores.personShare()));
                f.put("otherType", round(scores.otherTypeShare()));
                f.put("notFound", round(scores.missedShare()));
                peopleJson.put(name, f);
            });
            json.put("peopleInNews", peopleJson);
        }
        if (coreNlp == null) {
            json.put("note", "Stanford CoreNLP not on the class path: run with --corenlp (Maven profile corenlp)");
            System.out.println("Stanford CoreNLP not on the class path: run with --corenlp");
        }
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("ner.json").toFile(),
                json);
    }

    private static Map<String, Object> figures(NerEvaluation.Scores scores) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sentences", scores.sentences());
        f.put("typed", prf(scores.typed()));
        f.put("untyped", prf(scores.untyped()));
        scores.perType().forEach((type, prf) -> f.put(type, prf(prf)));
        return f;
    }

    private static Map<String, Double> prf(Evaluation.Prf prf) {
        return Map.of("precision", round(prf.precision()), "recall", round(prf.recall()), "f1", round(prf.f1()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String table(String file, Map<String, NerEvaluation.Scores> systems) {
        StringBuilder b = new StringBuilder();
        int sentences = systems.values().iterator().next().sentences();
        b.append(String.format(Locale.ROOT, "%n%s (%d sentences), P / R / F1%n| measure |", file, sentences));
        systems.keySet().forEach(name -> b.append(' ').append(name).append(" |"));
        b.append("\n|---|").append("---|".repeat(systems.size())).append('\n');
        row(b, "typed", systems, NerEvaluation.Scores::typed);
        row(b, "untyped", systems, NerEvaluation.Scores::untyped);
        for (String type : NerEvaluation.TYPES) {
            row(b, type, systems, s -> s.perType().get(type));
        }
        return b.toString();
    }

    private static String peopleTable(Map<String, NewsPersonsEvaluation.Scores> systems) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%nPeople in news (%d target mentions"
                + " written as names): found as a person / another type / not found%n| system | share |%n|---|---|%n",
                systems.values().iterator().next().total()));
        systems.forEach((name, s) -> b.append(String.format(Locale.ROOT, "| %s | **%.3f** / %.3f / %.3f |%n", name,
                s.personShare(), s.otherTypeShare(), s.missedShare())));
        return b.toString();
    }

    private static void row(StringBuilder b, String measure, Map<String, NerEvaluation.Scores> systems,
                            java.util.function.Function<NerEvaluation.Scores, Evaluation.Prf> figure) {
        b.append("| ").append(measure).append(" |");
        systems.values().forEach(s -> {
            Evaluation.Prf prf = figure.apply(s);
            b.append(String.format(Locale.ROOT, " %.3f / %.3f / **%.3f** |", prf.precision(), prf.recall(),
                    prf.f1()));
        });
        b.append('\n');
    }

    /**
     * CoreNLP's default NER (tokenize, ssplit, pos, lemma, ner with its fine-grained types) through reflection: it
     * is only on the class path with the corenlp profile (GPL, ~0.5 GB). Null when it is not.
     */
    private static NerEvaluation.NameFinder coreNlp() throws Exception {
        Object pipeline = CoreNlp.pipeline("tokenize,ssplit,pos,lemma,ner");
        if (pipeline == null) {
            return null;
        }
        Method process = CoreNlp.process();
        Class<?> tokens = Class.forName("edu.stanford.nlp.ling.CoreAnnotations$TokensAnnotation");
        Method get = Class.forName("edu.stanford.nlp.util.TypesafeMap").getMethod("get", Class.class);
        Class<?> label = Class.forName("edu.stanford.nlp.ling.CoreLabel");
        Method ner = label.getMethod("ner");
        Method begin = label.getMethod("beginPosition");
        Method end = label.getMethod("endPosition");
        return text -> {
            try {
                // A name is a run of tokens with the same entity tag: the token tags, not CoreNLP's entity
                // mentions, which also hold pronouns ("he" as PERSON).
                Set<String> names = new HashSet<>();
                String type = null;
                int from = 0;
                int to = 0;
                for (Object token : (List<?>) get.invoke(process.invoke(pipeline, text), tokens)) {
                    String mapped = CORENLP_TYPES.get(String.valueOf(ner.invoke(token)));
                    if (type != null && !type.equals(mapped)) {
                        names.add(from + ":" + to + ":" + type);
                    }
                    if (mapped != null && !mapped.equals(type)) {
                        from = (Integer) begin.invoke(token);
                    }
                    to = (Integer) end.invoke(token);
                    type = mapped;
                }
                if (type != null) {
                    names.add(from + ":" + to + ":" + type);
                }
                return names;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
