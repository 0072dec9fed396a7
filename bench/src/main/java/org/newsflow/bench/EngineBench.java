package org.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.LanguagePipeline;
import org.newsflow.enrich.engine.model.Enrichment;

/**
 * The enrichment engine on one thread over the corpus, beside the floor of its own pipeline (OpenNLP sentence
 * split + rule tokenising + POS tagging of every sentence) and — when the {@code corenlp} Maven profile put it on
 * the class path — Stanford CoreNLP NER on the same paragraphs. Rounds alternate the variants so that noise from
 * other work on the machine hits them alike.
 */
final class EngineBench {


    private final int warmupRounds;
    private final int rounds;
    private final double secondsPerRound;

    EngineBench(int warmupRounds, int rounds, double secondsPerRound) {
        this.warmupRounds = warmupRounds;
        this.rounds = rounds;
        this.secondsPerRound = secondsPerRound;
    }

    Results run() throws Exception {
        List<String> corpus = Corpus.paragraphs();
        List<String> seeds = Corpus.seedParagraphs();
        double avgChars = corpus.stream().mapToInt(String::length).average().orElse(0);
        double seedChars = seeds.stream().mapToInt(String::length).average().orElse(0);
        DefaultEnricher engine = DefaultEnricher.create();
        LanguagePipeline language = new LanguagePipeline();
        Consumer<String> floor = language::analyse;
        Consumer<String> coreNlp = coreNlp();
        // CoreNLP is two orders slower: a slice of the corpus keeps its rounds short.
        List<String> coreNlpSlice = corpus.subList(0, Math.min(corpus.size(), 400));

        List<Double> engineRate = new ArrayList<>();
        List<Double> engineSeeds = new ArrayList<>();
        List<Double> floorRate = new ArrayList<>();
        List<Double> floorSeeds = new ArrayList<>();
        List<Double> coreRate = new ArrayList<>();
        for (int round = -warmupRounds; round < rounds; round++) {
            double e = rate(corpus, this::enrichArticleWise, engine);
            double s = rate(seeds, this::enrichArticleWise, engine);
            double f = rate(corpus, (texts, unused) -> texts.forEach(floor), null);
            double fs = rate(seeds, (texts, unused) -> texts.forEach(floor), null);
            double c = coreNlp == null ? Double.NaN
                    : rate(coreNlpSlice, (texts, unused) -> texts.forEach(coreNlp), null);
            System.out.printf("   engine round %d: engine %.0f (seeds %.0f), floor %.0f (seeds %.0f), corenlp %s"
                    + " paragraphs/s%n", round, e, s, f, fs, coreNlp == null ? "-" : String.format("%.0f", c));
            if (round >= 0) {
                engineRate.add(e);
                engineSeeds.add(s);
                floorRate.add(f);
                floorSeeds.add(fs);
                if (coreNlp != null) {
                    coreRate.add(c);
                }
            }
        }
        Results results = new Results("engine")
                .input("paragraphs", corpus.size()).input("avgChars", Math.round(avgChars))
                .input("seedParagraphs", seeds.size()).input("seedAvgChars", Math.round(seedChars))
                .input("threads", 1).input("warmupRounds", warmupRounds).input("rounds", rounds)
                .input("secondsPerRound", secondsPerRound)
                .row("OpenNLP sentences + tokens + POS (floor)", "paragraphs/s", floorRate, null)
                .row("default engine, corpus", "paragraphs/s", engineRate, "OpenNLP sentences + tokens + POS (floor)")
                .row("floor, seed paragraphs only", "paragraphs/s", floorSeeds, null)
                .row("default engine, seed paragraphs only", "paragraphs/s", engineSeeds,
                        "floor, seed paragraphs only");
        if (coreNlp != null) {
            results.input("coreNlpParagraphs", coreNlpSlice.size())
                    .row("Stanford CoreNLP 4.5.10 NER", "paragraphs/s", coreRate,
                            "OpenNLP sentences + tokens + POS (floor)")
                    .note("CoreNLP annotators tokenize,ssplit,pos,lemma,ner (fine-grained NER, SUTime and numeric"
                            + " classifiers off), on the first " + coreNlpSlice.size() + " corpus paragraphs");
        } else {
            results.note("Stanford CoreNLP not on the class path: run with --corenlp (Maven profile corenlp)");
        }
        releaseCoreNlp();
        return results.note("target: engine >= 1,000 paragraphs/s per core")
                .note("the engine tags parts of speech only for sentences that need them, so it can beat the floor");
    }

    /** Ten paragraphs to an article context, as the enrich app keeps one per article. */
    private void enrichArticleWise(List<String> texts, DefaultEnricher engine) {
        ArticleContext context = null;
        for (int i = 0; i < texts.size(); i++) {
            if (i % 10 == 0) {
                context = new ArticleContext();
            }
            Enrichment e = engine.enrich(texts.get(i), context);
            if (e == null) {
                throw new IllegalStateException("no enrichment");
            }
        }
    }

    private interface Pass {
        void run(List<String> texts, DefaultEnricher engine) throws Exception;
    }

    /** Paragraphs per second of whole passes over {@code texts}, repeated for at least {@code secondsPerRound}. */
    private double rate(List<String> texts, Pass pass, DefaultEnricher engine) throws Exception {
        long start = System.nanoTime();
        long done = 0;
        do {
            pass.run(texts, engine);
            done += texts.size();
        } while (System.nanoTime() - start < secondsPerRound * 1e9);
        return done / ((System.nanoTime() - start) / 1e9);
    }

    /** CoreNLP keeps its annotators (~0.5 GB of models) in a static pool: drop them before memory is measured. */
    private static void releaseCoreNlp() throws Exception {
        try {
            Class.forName(CoreNlp.PIPELINE_CLASS).getMethod("clearAnnotatorPool").invoke(null);
        } catch (ClassNotFoundException e) {
            // not on the class path: nothing to release
        }
    }

    /** CoreNLP NER through reflection: it is only on the class path with the corenlp profile (GPL, ~0.5 GB). */
    private static Consumer<String> coreNlp() throws Exception {
        Object pipeline = CoreNlp.pipeline("tokenize,ssplit,pos,lemma,ner", "ner.applyFineGrained", "false",
                "ner.useSUTime", "false", "ner.applyNumericClassifiers", "false");
        if (pipeline == null) {
            return null;
        }
        java.lang.reflect.Method process = CoreNlp.process();
        return text -> {
            try {
                process.invoke(pipeline, text);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
