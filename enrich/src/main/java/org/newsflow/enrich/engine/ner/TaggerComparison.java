package org.newsflow.enrich.engine.ner;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsflow.enrich.engine.kb.KnowledgeBase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares the bundled tagger, alone, with Apache OpenNLP's name finder trained on the same files with its
 * default features and parameters (maximum entropy, cutoff 5, 100 iterations): exact token spans, typed, on
 * labelled files held out from both. Used to choose the model family; see enrich/README.md.
 *
 * <pre>TaggerComparison --data DIR [--exclude FILE]... --test FILE...</pre>
 */
public final class TaggerComparison {

    private TaggerComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Set<String> exclude = new HashSet<>();
        List<Path> tests = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--data" -> data = Path.of(args[++a]);
                case "--exclude" -> exclude.add(args[++a]);
                case "--test" -> tests.add(Path.of(args[++a]));
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        List<IobCorpus.Sentence> training = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".iob2"))
                    .filter(p -> !exclude.contains(p.getFileName().toString())).sorted().toList()) {
                training.addAll(IobCorpus.read(f));
            }
        }
        List<NameSample> samples = new ArrayList<>();
        for (IobCorpus.Sentence s : training) {
            samples.add(new NameSample(s.tokens().toArray(String[]::new), spans(s.tags()), true));
        }
        long t0 = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        System.out.printf(Locale.ROOT, "OpenNLP name finder trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        NameFinderME openNlp = new NameFinderME(model);
        NameTagger tagger = NameTagger.bundled(KnowledgeBase.bundled());
        for (Path test : tests) {
            List<IobCorpus.Sentence> sentences = IobCorpus.read(test);
            int[] o = new int[3];
            for (IobCorpus.Sentence s : sentences) {
                openNlp.clearAdaptiveData();
                Set<String> predicted = new HashSet<>();
                for (Span span : openNlp.find(s.tokens().toArray(String[]::new))) {
                    predicted.add(span.getStart() + ":" + span.getEnd() + ":" + span.getType());
                }
                count(SpanScore.gold(s.tags()), predicted, o);
            }
            System.out.printf(Locale.ROOT, "%s: OpenNLP default name finder typed F1 %.3f; this tagger %s%n",
                    test.getFileName(), SpanScore.f1(o[0], o[1], o[2]), SpanScore.of(tagger, sentences));
        }
    }

    private static Span[] spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        for (String key : SpanScore.gold(tags)) {
            String[] k = key.split(":");
            spans.add(new Span(Integer.parseInt(k[0]), Integer.parseInt(k[1]), k[2]));
        }
        spans.sort(null);
        return spans.toArray(Span[]::new);
    }

    private static void count(Set<String> gold, Set<String> predicted, int[] tpFpFn) {
        for (String p : predicted) {
            tpFpFn[gold.contains(p) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!predicted.contains(g)) {
                tpFpFn[2]++;
            }
        }
    }
}
