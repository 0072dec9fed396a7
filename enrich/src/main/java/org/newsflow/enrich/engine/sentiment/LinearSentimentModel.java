package org.newsflow.enrich.engine.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A three-class (negative, neutral, positive) multinomial logistic regression over {@link FeatureVector}s. The
 * dense part (averaged word vectors per context region) is stored already multiplied out: each word keeps its
 * contribution to each class in each region, so the word vectors themselves are not needed at run time.
 * Immutable and thread-safe.
 */
public final class LinearSentimentModel {

    public static final int CLASSES = 3;
    private static final String MAGIC = "newsflow-sentiment-model";

    private final String description;
    private final Map<String, float[]> weights;
    private final Map<String, float[]> wordScores;
    /** The weights by {@link FeatureVector#PREFIXES prefix}, keyed by the rest of the name. */
    private final List<Map<String, float[]>> byPrefix = new ArrayList<>();

    public LinearSentimentModel(String description, Map<String, float[]> weights, Map<String, float[]> wordScores) {
        this.description = description;
        // HashMap, not Map.copyOf: the immutable map probes linearly on the raw String hash, and feature names
        // that share a prefix hash to neighbouring slots, so lookups walked long runs of other keys
        this.weights = new HashMap<>(weights);
        this.wordScores = new HashMap<>(wordScores);
        for (int k = 0; k < FeatureVector.PREFIXES.length; k++) {
            byPrefix.add(new HashMap<>());
        }
        weights.forEach((name, w) -> {
            int prefix = FeatureVector.WHOLE;
            for (int k = 1; k < FeatureVector.PREFIXES.length; k++) {
                if (name.startsWith(FeatureVector.PREFIXES[k])) {
                    prefix = k;
                    break;
                }
            }
            byPrefix.get(prefix).put(name.substring(FeatureVector.PREFIXES[prefix].length()), w);
        });
    }

    /** Class probabilities in the order negative, neutral, positive. */
    public double[] probabilities(FeatureVector f) {
        return probabilities(f, null);
    }

    /**
     * Weights looked up for one sentence, by the identity of the sentence's strings: the targets of a sentence
     * share most of their feature keys and words (the same {@code String} objects of the prepared sentence), so
     * each is looked up in the model's large tables once per sentence. For one sentence and one thread.
     */
    public static final class Lookups {
        @SuppressWarnings("unchecked")
        private final Map<String, float[]>[] byPrefix = new Map[FeatureVector.PREFIXES.length];
        private final Map<String, float[]> words = new IdentityHashMap<>();
    }

    /** Like {@link #probabilities(FeatureVector)}, remembering lookups in {@code memo} (null: none). */
    public double[] probabilities(FeatureVector f, Lookups memo) {
        double[] z = new double[CLASSES];
        for (int i = 0; i < f.size(); i++) {
            float[] w = weight(f.prefix(i), f.key(i), memo);
            if (w != null) {
                float v = f.value(i);
                for (int c = 0; c < CLASSES; c++) {
                    z[c] += w[c] * v;
                }
            }
        }
        float[] total = new float[FeatureVector.REGIONS];
        for (int r = 0; r < total.length; r++) {
            total[r] = f.weightSum(r);
        }
        for (int i = 0; i < f.wordCount(); i++) {
            float[] s = wordScore(f.word(i), memo);
            if (s == null) {
                continue;
            }
            for (int r = 0; r < FeatureVector.REGIONS; r++) {
                float weight = f.weight(i, r);
                if (weight != 0) {
                    double share = weight / total[r];
                    for (int c = 0; c < CLASSES; c++) {
                        z[c] += s[r * CLASSES + c] * share;
                    }
                }
            }
        }
        return softmax(z);
    }

    private float[] weight(byte prefix, String key, Lookups memo) {
        if (memo == null) {
            return byPrefix.get(prefix).get(key);
        }
        Map<String, float[]> seen = memo.byPrefix[prefix];
        if (seen == null) {
            seen = memo.byPrefix[prefix] = new IdentityHashMap<>();
        }
        float[] w = seen.get(key);
        if (w == null) {
            w = byPrefix.get(prefix).getOrDefault(key, NONE);
            seen.put(key, w);
        }
        return w == NONE ? null : w;
    }

    private float[] wordScore(String word, Lookups memo) {
        if (memo == null) {
            return wordScores.get(word);
        }
        float[] s = memo.words.get(word);
        if (s == null) {
            s = wordScores.getOrDefault(word, NONE);
            memo.words.put(word, s);
        }
        return s == NONE ? null : s;
    }

    /** Marks a key looked up and absent. */
    private static final float[] NONE = new float[0];

    public String description() {
        return description;
    }

    public int features() {
        return weights.size();
    }

    public int words() {
        return wordScores.size();
    }

    public static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double sum = 0;
        double[] p = new double[z.length];
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Loads a model written by {@link #write}; gzip-compressed text. */
    public static LinearSentimentModel read(InputStream gz) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null || !header.startsWith(MAGIC + "\t")) {
            throw new IOException("not a sentiment model: " + header);
        }
        String description = header.substring(MAGIC.length() + 1);
        Map<String, float[]> weights = new HashMap<>();
        Map<String, float[]> words = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            String[] cells = line.split("\t");
            float[] values = new float[cells.length - 2];
            for (int k = 0; k < values.length; k++) {
                values[k] = Float.parseFloat(cells[k + 2]);
            }
            if (cells[0].equals("f") && values.length == CLASSES) {
                weights.put(cells[1], values);
            } else if (cells[0].equals("v") && values.length == CLASSES * FeatureVector.REGIONS) {
                words.put(cells[1], values);
            } else {
                throw new IOException("bad model line: " + line);
            }
        }
        return new LinearSentimentModel(description, weights, words);
    }

    /** Loads a bundled model from the class path. */
    public static LinearSentimentModel resource(String path) {
        return ModelResource.load(path, LinearSentimentModel::read);
    }

    /** Writes the model sorted by name, so that the same training gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        w.print(MAGIC + "\t" + description + "\n");
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            w.print("f\t" + e.getKey() + join(e.getValue()) + "\n");
        }
        for (Map.Entry<String, float[]> e : new TreeMap<>(wordScores).entrySet()) {
            w.print("v\t" + e.getKey() + join(e.getValue()) + "\n");
        }
        w.flush();
        gz.finish();
    }

    private static String join(float[] values) {
        StringBuilder b = new StringBuilder();
        for (float v : values) {
            b.append('\t').append(String.format(Locale.ROOT, "%.3g", v));
        }
        return b.toString();
    }
}
