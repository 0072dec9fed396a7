package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.nlp.TypographyNormalizer;
import org.newsflow.enrich.engine.resolve.NameData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Trains the bundled {@link NameTagger} and the word lists it reads, deterministically (fixed seed, one thread):
 * word clusters from GloVe vectors, surname ranks from the 1990 U.S. census, then an averaged perceptron over the
 * IOB2 files of a folder. {@code enrich/scripts/train-ner} runs it with the project's data; see enrich/README.md.
 *
 * <pre>
 * NerTrainer --data DIR [--exclude FILE]... --glove FILE --surnames FILE --kb DIR --out DIR [--epochs N] [--seed N]
 *            [--min-count N] [--runs N] [--heldout FILE] [--partial NEWSMTSC_JSONL]
 * </pre>
 *
 * {@code --partial} adds the names annotators marked in NewsMTSC's sentences as partially labelled sentences
 * ({@link PartialNames}): the marked names are fixed, the rest of each sentence is latent.
 *
 * {@code --runs N} trains N perceptrons on the same features, run r shuffling with seed + r, and ships their mean
 * (a sum of linear models' scores is the score of their summed weights, so it costs nothing at run time); the
 * shipped model is the mean of four runs.
 */
public final class NerTrainer {

    /** By default a feature must occur this often in the training data to get weights. */
    private static final int MIN_COUNT = 2;
    /** Surnames kept from the census list, by rank. */
    private static final int SURNAMES = 40_000;

    /**
     * A sentence to learn from: its features' ids per token, and either its labels or, for a partially labelled
     * sentence, the labels allowed at each token (bit {@code 1 << label}), the rest of its labelling latent.
     */
    private record Example(int[][] features, int[] labels, int[] allowed) {
    }

    private static final int ANY_LABEL = (1 << Labels.COUNT) - 1;

    public static void main(String[] args) throws IOException {
        Path data = null;
        Path glove = null;
        Path census = null;
        Path out = null;
        Path heldout = null;
        Path kbDir = null;
        Set<String> exclude = new TreeSet<>();
        Path partialFile = null;
        int epochs = 10;
        int minCount = MIN_COUNT;
        int runs = 1;
        long seed = 20251130L;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--data" -> data = Path.of(args[++a]);
                case "--exclude" -> exclude.add(args[++a]);
                case "--partial" -> partialFile = Path.of(args[++a]);
                case "--glove" -> glove = Path.of(args[++a]);
                case "--surnames" -> census = Path.of(args[++a]);
                case "--kb" -> kbDir = Path.of(args[++a]);
                case "--out" -> out = Path.of(args[++a]);
                case "--epochs" -> epochs = Integer.parseInt(args[++a]);
                case "--seed" -> seed = Long.parseLong(args[++a]);
                case "--heldout" -> heldout = Path.of(args[++a]);
                case "--min-count" -> minCount = Integer.parseInt(args[++a]);
                case "--runs" -> runs = Integer.parseInt(args[++a]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        if (data == null || glove == null || census == null || kbDir == null || out == null || runs < 1) {
            System.err.println("usage: NerTrainer --data DIR [--exclude FILE]... --glove FILE --surnames FILE"
                    + " --kb DIR --out DIR [--epochs N] [--seed N] [--min-count N] [--runs N]"
                    + " [--heldout FILE] [--partial NEWSMTSC_JSONL]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Files.createDirectories(out);
        WordClusters clusters = ClusterInduction.induce(glove, seed, out.resolve("word-clusters.tsv"));
        Map<String, Integer> surnames = writeSurnames(census, out.resolve("surnames.tsv"));
        Set<String> organisations = OrganisationNames.build(kbDir, out.resolve("organisation-names.txt"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(data)) {
            list.filter(p -> p.toString().endsWith(".iob2"))
                    .filter(p -> !exclude.contains(p.getFileName().toString())).sorted().forEach(files::add);
        }
        List<IobCorpus.Sentence> sentences = new ArrayList<>();
        for (Path f : files) {
            sentences.addAll(IobCorpus.read(f));
        }
        TokenFeatures features = new TokenFeatures(new Lexicon(KnowledgeBase.bundled(), NameData.bundled(), surnames,
                organisations), clusters);
        System.out.printf(Locale.ROOT, "training files: %s; %d sentences%n", files.stream()
                .map(p -> p.getFileName().toString()).toList(), sentences.size());
        List<PartialNames.PartialSentence> partial = partialFile == null ? List.of()
                : PartialNames.fromNewsMtsc(partialFile, NlpPipeline.english(), features.lexicon());
        if (partialFile != null) {
            System.out.printf(Locale.ROOT, "partially labelled: %s; %d sentences, %d marked names%n",
                    partialFile.getFileName(), partial.size(),
                    partial.stream().mapToInt(p -> p.names().size()).sum());
        }
        NameTagger tagger = train(features, sentences, partial, epochs, seed, minCount, runs,
                heldout == null ? null : IobCorpus.read(heldout));
        try (OutputStream o = Files.newOutputStream(out.resolve(NameTagger.MODEL))) {
            tagger.write(o);
        }
        System.out.printf(Locale.ROOT, "model: %d features, %d bytes; trained in %.1f s%n", tagger.features(),
                Files.size(out.resolve(NameTagger.MODEL)), (System.nanoTime() - t0) / 1e9);
    }

    /** Tokens as the engine sees them: typography normalised, offsets as if joined by spaces. */
    static List<Token> tokens(List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        int at = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = TypographyNormalizer.normalize(words.get(k));
            tokens.add(new Token(k, at, at + w.length(), w));
            at += w.length() + 1;
        }
        return tokens;
    }

    static NameTagger train(TokenFeatures features, List<IobCorpus.Sentence> sentences, int epochs, long seed,
                            List<IobCorpus.Sentence> heldout) {
        return train(features, sentences, List.of(), epochs, seed, MIN_COUNT, 1, heldout);
    }

    static NameTagger train(TokenFeatures features, List<IobCorpus.Sentence> sentences,
                            List<PartialNames.PartialSentence> partial, int epochs, long seed, int minCount,
                            int runs, List<IobCorpus.Sentence> heldout) {
        List<long[][]> hashed = new ArrayList<>(sentences.size() + partial.size());
        Map<Long, Integer> counts = new HashMap<>(4_000_000);
        List<List<Token>> texts = new ArrayList<>(sentences.size() + partial.size());
        sentences.forEach(s -> texts.add(tokens(s.tokens())));
        partial.forEach(p -> texts.add(p.tokens()));
        for (List<Token> tokens : texts) {
            long[][] f = features.extract(tokens);
            hashed.add(f);
            for (long[] token : f) {
                for (long h : token) {
                    counts.merge(h, 1, Integer::sum);
                }
            }
        }
        FeatureTable table = new FeatureTable(counts.size() / 2);
        List<Long> kept = new ArrayList<>();
        counts.forEach((h, c) -> {
            if (c >= minCount) {
                kept.add(h);
            }
        });
        Collections.sort(kept); // numbering independent of hash-map order
        for (long h : kept) {
            table.intern(h);
        }
        counts.clear();
        List<Example> examples = new ArrayList<>(hashed.size());
        for (int s = 0; s < hashed.size(); s++) {
            long[][] f = hashed.get(s);
            int[][] ids = new int[f.length][];
            boolean labelled = s < sentences.size();
            int[] labels = labelled ? new int[f.length] : null;
            for (int t = 0; t < f.length; t++) {
                int[] row = new int[f[t].length];
                int n = 0;
                for (long h : f[t]) {
                    int id = table.get(h);
                    if (id >= 0) {
                        row[n++] = id;
                    }
                }
                ids[t] = Arrays.copyOf(row, n);
                if (labelled) {
                    labels[t] = Labels.parse(sentences.get(s).tags().get(t));
                }
            }
            int[] allowed = labelled ? null : allowed(f.length, partial.get(s - sentences.size()).names());
            if (labelled || allowed != null) {
                examples.add(new Example(ids, labels, allowed));
            }
        }
        hashed.clear();
        int n = table.size();
        System.out.printf(Locale.ROOT, "%d features (seen at least %d times)%n", n, minCount);
        Weights mixed = null;
        for (int run = 0; run < runs; run++) {
            Weights trained = perceptron(features, table, examples, epochs, new Random(seed + run), heldout);
            mixed = mixed == null ? trained : mixed.plus(trained);
        }
        Weights mean = mixed.times(1f / runs);
        return new NameTagger(features, EmissionWeights.quantise(table, mean.emissions), mean.transitions,
                mean.start);
    }

    /** A linear model's weights: summing two models' scores is scoring with the sum of their weights. */
    private record Weights(float[] emissions, float[] transitions, float[] start) {
        Weights plus(Weights o) {
            return new Weights(add(emissions, o.emissions), add(transitions, o.transitions), add(start, o.start));
        }

        Weights times(float f) {
            return new Weights(scale(emissions, f), scale(transitions, f), scale(start, f));
        }

        private static float[] add(float[] a, float[] b) {
            float[] r = a.clone();
            for (int k = 0; k < r.length; k++) {
                r[k] += b[k];
            }
            return r;
        }

        private static float[] scale(float[] a, float f) {
            float[] r = a.clone();
            for (int k = 0; k < r.length; k++) {
                r[k] *= f;
            }
            return r;
        }
    }

    /** One averaged structured perceptron over the examples, in the shuffled order {@code random} gives. */
    private static Weights perceptron(TokenFeatures features, FeatureTable table, List<Example> examples,
                                      int epochs, Random random, List<IobCorpus.Sentence> heldout) {
        int l = Labels.COUNT;
        int n = table.size();
        float[] w = new float[n * l];
        float[] u = new float[n * l];
        float[] tw = new float[l * l];
        float[] tu = new float[l * l];
        float[] sw = new float[l];
        float[] su = new float[l];
        List<Example> order = new ArrayList<>(examples);
        float c = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long e0 = System.nanoTime();
            Collections.shuffle(order, random);
            int errors = 0;
            for (Example ex : order) {
                float[][] emissions = emissions(ex.features, w);
                int[] predicted = Viterbi.decode(emissions, tw, sw);
                int[] gold = ex.labels != null ? ex.labels : Viterbi.decode(restrict(emissions, ex.allowed), tw, sw);
                for (int t = 0; t < gold.length; t++) {
                    if (predicted[t] != gold[t]) {
                        errors++;
                        for (int f : ex.features[t]) {
                            w[f * l + gold[t]] += 1;
                            u[f * l + gold[t]] += c;
                            w[f * l + predicted[t]] -= 1;
                            u[f * l + predicted[t]] -= c;
                        }
                    }
                    int gp = t == 0 ? -1 : gold[t - 1];
                    int pp = t == 0 ? -1 : predicted[t - 1];
                    if (gp != pp || gold[t] != predicted[t]) {
                        if (t == 0) {
                            sw[gold[t]] += 1;
                            su[gold[t]] += c;
                            sw[predicted[t]] -= 1;
                            su[predicted[t]] -= c;
                        } else {
                            tw[gp * l + gold[t]] += 1;
                            tu[gp * l + gold[t]] += c;
                            tw[pp * l + predicted[t]] -= 1;
                            tu[pp * l + predicted[t]] -= c;
                        }
                    }
                }
                c++;
            }
            System.out.printf(Locale.ROOT, "epoch %d: %d token errors, %.1f s%n", epoch, errors,
                    (System.nanoTime() - e0) / 1e9);
            if (heldout != null) {
                Weights current = new Weights(average(w, u, c), average(tw, tu, c), average(sw, su, c));
                NameTagger tagger = new NameTagger(features, EmissionWeights.quantise(table, current.emissions),
                        current.transitions, current.start);
                System.out.println("  held-out " + SpanScore.of(tagger, heldout));
            }
        }
        return new Weights(average(w, u, c), average(tw, tu, c), average(sw, su, c));
    }

    /**
     * The labels allowed at each token of a partially labelled sentence: the known words of each marked name inside
     * one name of its type, starting and ending where the marks say; null when the marks contradict each other.
     */
    private static int[] allowed(int length, List<PartialNames.MarkedName> names) {
        int[] allowed = new int[length];
        Arrays.fill(allowed, ANY_LABEL);
        int inside = 0;
        for (NameType type : NameType.values()) {
            inside |= 1 << Labels.inside(type);
        }
        for (PartialNames.MarkedName name : names) {
            int begin = 1 << Labels.begin(name.type());
            int within = 1 << Labels.inside(name.type());
            allowed[name.first()] &= name.begins() ? begin : begin | within;
            for (int t = name.first() + 1; t <= name.last(); t++) {
                allowed[t] &= within;
            }
            if (name.ends() && name.last() + 1 < length) {
                allowed[name.last() + 1] &= ~inside;
            }
        }
        for (int a : allowed) {
            if (a == 0) {
                return null; // marks that contradict each other ("Trump" and "Trump Jr." both marked)
            }
        }
        return allowed;
    }

    /** Emission scores with the labels a token may not take made impossible; the best path is the best allowed. */
    private static float[][] restrict(float[][] emissions, int[] allowed) {
        float[][] r = new float[emissions.length][];
        for (int t = 0; t < emissions.length; t++) {
            r[t] = emissions[t].clone();
            for (int y = 0; y < r[t].length; y++) {
                if ((allowed[t] & (1 << y)) == 0) {
                    r[t][y] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return r;
    }

    private static float[] average(float[] w, float[] u, float c) {
        float[] a = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            a[k] = w[k] - u[k] / c;
        }
        return a;
    }

    private static float[][] emissions(int[][] features, float[] w) {
        int l = Labels.COUNT;
        float[][] scores = new float[features.length][l];
        for (int t = 0; t < features.length; t++) {
            for (int f : features[t]) {
                int base = f * l;
                for (int y = 0; y < l; y++) {
                    scores[t][y] += w[base + y];
                }
            }
        }
        return scores;
    }

    /** Writes the census surnames (lower case, rank) the tagger reads; returns them. */
    private static Map<String, Integer> writeSurnames(Path census, Path out) throws IOException {
        Map<String, Integer> map = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(census, StandardCharsets.US_ASCII);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# The " + SURNAMES + " most frequent U.S. surnames with their rank: U.S. Census Bureau,"
                    + " 1990 Census name files (public domain).\n# Generated by NerTrainer; do not edit.\n");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.trim().split("\\s+");
                if (cells.length < 4) {
                    continue;
                }
                int rank = Integer.parseInt(cells[3]);
                if (rank > SURNAMES) {
                    break;
                }
                String name = cells[0].toLowerCase(Locale.ROOT);
                map.put(name, rank);
                writer.write(name + "\t" + rank + "\n");
            }
        }
        return map;
    }
}
