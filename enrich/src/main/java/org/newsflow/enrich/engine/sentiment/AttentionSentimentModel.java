package org.newsflow.enrich.engine.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A small neural reader of a {@link TargetSequence}: each token becomes a hidden vector, tanh of its word vector
 * projected (stored already projected per word, so the word vectors are not needed at run time), its position
 * relative to the target and its cues; the sentence becomes the attention-weighted mean of those vectors (the
 * attention also knows the position) beside their element-wise maximum; a softmax layer gives the three classes.
 * Unlike the linear model it can weigh a word by where it stands and what surrounds it, not only add it up.
 * Immutable and thread-safe.
 */
public final class AttentionSentimentModel {

    private static final String MAGIC = "newsflow-attention-sentiment";
    private static final int C = LinearSentimentModel.CLASSES;

    private final String description;
    private final int hidden;
    /** 1: each token's own word only; 3: also the words just before and after it. */
    private final int taps;
    private final Map<String, float[]> words;
    private final float[] unknown;
    private final float[][] position;
    private final float[][] cue;
    private final float[] bias;
    private final float[] attention;
    private final float[] attentionPosition;
    private final float[][] out;
    private final float[] outBias;

    /**
     * @param words             per word, its vector times the input projection ({@code hidden} values), then
     *                          optionally times the projections of a word before and of a word after a token
     *                          ({@code 3 hidden} values)
     * @param unknown           the input of a word without a vector, as long as the rows of {@code words}
     * @param position          per position bucket, its input
     * @param cue               per cue slot, its input per unit of the cue
     * @param attention         the attention's weights over a hidden vector
     * @param attentionPosition the attention's bias per position bucket
     * @param out               per class, weights over the attention mean then the maximum ({@code 2 hidden})
     */
    public AttentionSentimentModel(String description, Map<String, float[]> words, float[] unknown,
                                   float[][] position, float[][] cue, float[] bias, float[] attention,
                                   float[] attentionPosition, float[][] out, float[] outBias) {
        this.description = description;
        this.hidden = bias.length;
        this.taps = unknown.length / hidden;
        if (taps != 1 && taps != 3 || unknown.length % hidden != 0) {
            throw new IllegalArgumentException("word rows of " + unknown.length + " values for " + hidden
                    + " hidden units");
        }
        this.words = new HashMap<>(words);
        this.unknown = unknown;
        this.position = position;
        this.cue = cue;
        this.bias = bias;
        this.attention = attention;
        this.attentionPosition = attentionPosition;
        this.out = out;
        this.outBias = outBias;
    }

    /** Class probabilities in the order negative, neutral, positive. */
    public double[] probabilities(TargetSequence s) {
        return probabilities(s, wordInputs(s));
    }

    /**
     * The part of each token's hidden input that does not depend on the target: the bias, the token's own word
     * and its neighbours' ({@code hidden} values per token). The same for every target of a sentence, so a caller
     * scoring several targets computes it once.
     */
    public float[] wordInputs(TargetSequence s) {
        int n = s.length();
        int hd = hidden;
        float[] base = new float[n * hd];
        float[][] w = new float[n][];
        for (int i = 0; i < n; i++) {
            w[i] = words.getOrDefault(s.word(i), unknown);
        }
        for (int i = 0; i < n; i++) {
            float[] own = w[i];
            int at = i * hd;
            for (int k = 0; k < hd; k++) {
                base[at + k] = bias[k] + own[k];
            }
            if (taps == 3) {
                // the neighbours' projections as a word before and as a word after this one
                if (i > 0) {
                    float[] before = w[i - 1];
                    for (int k = 0; k < hd; k++) {
                        base[at + k] += before[hd + k];
                    }
                }
                if (i + 1 < n) {
                    float[] after = w[i + 1];
                    for (int k = 0; k < hd; k++) {
                        base[at + k] += after[2 * hd + k];
                    }
                }
            }
        }
        return base;
    }

    /**
     * Like {@link #probabilities(TargetSequence)} with the sentence's {@link #wordInputs} computed already.
     */
    public double[] probabilities(TargetSequence s, float[] wordInputs) {
        int n = s.length();
        double[] z = new double[C];
        if (n == 0) {
            for (int c = 0; c < C; c++) {
                z[c] = outBias[c];
            }
            return LinearSentimentModel.softmax(z);
        }
        int hd = hidden;
        float[] h = new float[n * hd];
        double[] score = new double[n];
        double maxScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float[] pos = position[s.position(i)];
            int at = i * hd;
            for (int k = 0; k < hd; k++) {
                h[at + k] = wordInputs[at + k] + pos[k];
            }
            for (int q = 0; q < TargetSequence.CUES; q++) {
                float v = s.cue(i, q);
                if (v != 0) {
                    float[] cq = cue[q];
                    for (int k = 0; k < hd; k++) {
                        h[at + k] += v * cq[k];
                    }
                }
            }
            double a = attentionPosition[s.position(i)];
            for (int k = 0; k < hd; k++) {
                float t = tanh(h[at + k]);
                h[at + k] = t;
                a += attention[k] * t;
            }
            score[i] = a;
            maxScore = Math.max(maxScore, a);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            score[i] = Math.exp(score[i] - maxScore);
            total += score[i];
        }
        double[] pooled = new double[2 * hd];
        for (int k = 0; k < hd; k++) {
            pooled[hd + k] = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            double a = score[i] / total;
            int at = i * hd;
            for (int k = 0; k < hd; k++) {
                pooled[k] += a * h[at + k];
                pooled[hd + k] = Math.max(pooled[hd + k], h[at + k]);
            }
        }
        for (int c = 0; c < C; c++) {
            double sum = outBias[c];
            for (int k = 0; k < 2 * hd; k++) {
                sum += out[c][k] * pooled[k];
            }
            z[c] = sum;
        }
        return LinearSentimentModel.softmax(z);
    }

    /** tanh by linear interpolation in a table over [-8, 8] (beyond, tanh is ±1 within 3e-7). */
    private static final int TANH_STEPS = 512;
    private static final float TANH_LIMIT = 8f;
    private static final float[] TANH = new float[(int) (2 * TANH_LIMIT * TANH_STEPS) + 2];

    static {
        for (int i = 0; i < TANH.length; i++) {
            TANH[i] = (float) Math.tanh((double) i / TANH_STEPS - TANH_LIMIT);
        }
    }

    /**
     * tanh within 5e-7 of {@link Math#tanh} (below the float precision of the hidden vector), several times
     * cheaper: the reader takes one per hidden unit, token and target, and {@code Math.tanh} calls native code.
     */
    static float tanh(float x) {
        if (!(x > -TANH_LIMIT)) {
            return x != x ? x : -1f;
        }
        if (x >= TANH_LIMIT) {
            return 1f;
        }
        double f = ((double) x + TANH_LIMIT) * TANH_STEPS; // in double: a float sum near 8 would lose 1e-6
        int i = (int) f;
        float r = (float) (f - i);
        return TANH[i] + r * (TANH[i + 1] - TANH[i]);
    }

    public String description() {
        return description;
    }

    public int words() {
        return words.size();
    }

    /** Loads a model written by {@link #write}; gzip-compressed text. */
    public static AttentionSentimentModel read(InputStream gz) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String header = in.readLine();
        String[] head = header == null ? new String[0] : header.split("\t", 3);
        if (head.length < 3 || !head[0].equals(MAGIC)) {
            throw new IOException("not an attention sentiment model: " + header);
        }
        int hd = Integer.parseInt(head[1]);
        int width = 0;
        Map<String, float[]> rows = new HashMap<>();
        Map<String, float[]> words = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            String[] cells = line.split("\t");
            float[] values = new float[cells.length - 1];
            for (int k = 0; k < values.length; k++) {
                values[k] = Float.parseFloat(cells[k + 1]);
            }
            if (cells[0].startsWith("w:")) {
                width = width == 0 ? values.length : width;
                words.put(cells[0].substring(2), check(values, width, line));
            } else {
                rows.put(cells[0], values);
            }
        }
        float[][] position = new float[TargetSequence.POSITIONS][];
        for (int p = 0; p < position.length; p++) {
            position[p] = check(rows.get("position:" + p), hd, "position:" + p);
        }
        float[][] cue = new float[TargetSequence.CUES][];
        for (int q = 0; q < cue.length; q++) {
            cue[q] = check(rows.get("cue:" + q), hd, "cue:" + q);
        }
        float[][] out = new float[C][];
        for (int c = 0; c < C; c++) {
            out[c] = check(rows.get("out:" + c), 2 * hd, "out:" + c);
        }
        return new AttentionSentimentModel(head[2], words, check(rows.get("unknown"), width == 0 ? hd : width, "unknown"), position, cue,
                check(rows.get("bias"), hd, "bias"), check(rows.get("attention"), hd, "attention"),
                check(rows.get("attention-position"), TargetSequence.POSITIONS, "attention-position"), out,
                check(rows.get("out-bias"), C, "out-bias"));
    }

    private static float[] check(float[] values, int length, String what) throws IOException {
        if (values == null || values.length != length) {
            throw new IOException("bad or missing attention model row: " + what);
        }
        return values;
    }

    /** Loads a bundled model from the class path. */
    public static AttentionSentimentModel resource(String path) {
        return ModelResource.load(path, AttentionSentimentModel::read);
    }

    /** Writes the model with words sorted, so that the same training gives the same bytes. */
    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(stream);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        w.print(MAGIC + "\t" + hidden + "\t" + description + "\n");
        row(w, "bias", bias);
        row(w, "unknown", unknown);
        row(w, "attention", attention);
        row(w, "attention-position", attentionPosition);
        row(w, "out-bias", outBias);
        for (int p = 0; p < position.length; p++) {
            row(w, "position:" + p, position[p]);
        }
        for (int q = 0; q < cue.length; q++) {
            row(w, "cue:" + q, cue[q]);
        }
        for (int c = 0; c < C; c++) {
            row(w, "out:" + c, out[c]);
        }
        for (Map.Entry<String, float[]> e : new TreeMap<>(words).entrySet()) {
            row(w, "w:" + e.getKey(), e.getValue());
        }
        w.flush();
        gz.finish();
    }

    private static void row(PrintWriter w, String name, float[] values) {
        StringBuilder b = new StringBuilder(name);
        for (float v : values) {
            b.append('\t').append(String.format(Locale.ROOT, "%.3g", v));
        }
        w.print(b.append('\n'));
    }
}
