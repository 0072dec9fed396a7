package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.sentiment.AttentionSentimentModel;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;
import org.newsflow.enrich.engine.sentiment.TargetSequence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an {@link AttentionSentimentModel} by backpropagation: Adam, one example at a time in an order fixed by
 * the seed (so the same data gives the same model), class-weighted cross-entropy (inversely to class frequency,
 * which favours macro-F1), L2 on the weights, dropout on the pooled vector. The word vectors stay fixed: with a
 * few thousand examples, tuning 10,000 x 50 values would learn the training sentences, and fixed vectors let the
 * bundled model store each word's projection instead of its vector.
 */
public final class AttentionTrainer {

    private static final int C = LinearSentimentModel.CLASSES;

    /** @param taps 1: each token's own word vector; 3: also those of the words just before and after it */
    public record Options(int hidden, int taps, int epochs, double rate, double l2, double dropout, long seed) {
        public static Options defaults() {
            return new Options(Integer.getInteger("hidden", 48), Integer.getInteger("taps", 1),
                    Integer.getInteger("nnEpochs", 12),
                    Double.parseDouble(System.getProperty("nnRate", "0.002")),
                    Double.parseDouble(System.getProperty("nnL2", "1e-5")),
                    Double.parseDouble(System.getProperty("dropout", "0.3")), 20211L);
        }
    }

    private final Options o;
    private final WordVectors vectors;
    private final int d;
    private final int hd;
    private final int taps;

    /** Parameters and their Adam moments, flat. */
    private final Param w;
    private final Param unknown;
    private final Param position;
    private final Param cue;
    private final Param bias;
    private final Param attention;
    private final Param attentionPosition;
    private final Param out;
    private final Param outBias;
    private final Param[] all;
    private long step;

    public AttentionTrainer(Options options, WordVectors vectors) {
        this.o = options;
        this.vectors = vectors;
        this.d = vectors.dimensions();
        this.hd = options.hidden();
        this.taps = options.taps();
        Random random = new Random(options.seed());
        w = new Param(taps * d * hd, Math.sqrt(1.0 / (taps * d)), random);
        unknown = new Param(taps * hd, 0.1, random);
        position = new Param(TargetSequence.POSITIONS * hd, 0.1, random);
        cue = new Param(TargetSequence.CUES * hd, 0.1, random);
        bias = new Param(hd, 0, random);
        attention = new Param(hd, 0.1, random);
        attentionPosition = new Param(TargetSequence.POSITIONS, 0, random);
        out = new Param(C * 2 * hd, Math.sqrt(1.0 / (2 * hd)), random);
        outBias = new Param(C, 0, random);
        all = new Param[] {w, unknown, position, cue, bias, attention, attentionPosition, out, outBias};
    }

    public AttentionSentimentModel train(List<TargetSequence> xs, int[] ys, String description) {
        int n = xs.size();
        double[] classWeight = TrainingOrder.balancedClassWeights(ys, C);
        int[] order = TrainingOrder.identity(n);
        Random random = new Random(o.seed() + 1);
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            TrainingOrder.shuffle(order, random);
            for (int e : order) {
                example(xs.get(e), ys[e], classWeight[ys[e]], random);
            }
        }
        return model(description);
    }

    /** Forward, backward and one Adam step on one example. */
    private void example(TargetSequence s, int y, double weight, Random random) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        float[][] e = new float[n][];
        double[] h = new double[n * hd];
        double[] score = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            e[i] = vectors.vectors().get(s.word(i));
        }
        for (int i = 0; i < n; i++) {
            int at = i * hd;
            int pos = s.position(i) * hd;
            for (int k = 0; k < hd; k++) {
                double u = bias.v[k] + position.v[pos + k];
                for (int t = 0; t < taps; t++) {
                    int at2 = neighbour(i, t, n);
                    if (at2 >= 0) {
                        u += input(e, at2, t, k);
                    }
                }
                for (int q = 0; q < TargetSequence.CUES; q++) {
                    u += s.cue(i, q) * cue.v[q * hd + k];
                }
                h[at + k] = Math.tanh(u);
            }
            double a = attentionPosition.v[s.position(i)];
            for (int k = 0; k < hd; k++) {
                a += attention.v[k] * h[at + k];
            }
            score[i] = a;
            max = Math.max(max, a);
        }
        double total = 0;
        double[] alpha = new double[n];
        for (int i = 0; i < n; i++) {
            alpha[i] = Math.exp(score[i] - max);
            total += alpha[i];
        }
        double[] pooled = new double[2 * hd];
        int[] argmax = new int[hd];
        for (int k = 0; k < hd; k++) {
            pooled[hd + k] = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            alpha[i] /= total;
            for (int k = 0; k < hd; k++) {
                pooled[k] += alpha[i] * h[i * hd + k];
                if (h[i * hd + k] > pooled[hd + k]) {
                    pooled[hd + k] = h[i * hd + k];
                    argmax[k] = i;
                }
            }
        }
        // inverted dropout: the trained weights serve unchanged at run time
        double[] keep = new double[2 * hd];
        for (int k = 0; k < keep.length; k++) {
            keep[k] = random.nextDouble() < o.dropout() ? 0 : 1 / (1 - o.dropout());
        }
        double[] z = new double[C];
        for (int c = 0; c < C; c++) {
            z[c] = outBias.v[c];
            for (int k = 0; k < 2 * hd; k++) {
                z[c] += out.v[c * 2 * hd + k] * pooled[k] * keep[k];
            }
        }
        double[] p = LinearSentimentModel.softmax(z);
        double[] dPooled = new double[2 * hd];
        for (int c = 0; c < C; c++) {
            double dz = weight * (p[c] - (c == y ? 1 : 0));
            outBias.g[c] += dz;
            for (int k = 0; k < 2 * hd; k++) {
                out.g[c * 2 * hd + k] += dz * pooled[k] * keep[k];
                dPooled[k] += dz * out.v[c * 2 * hd + k] * keep[k];
            }
        }
        double[] dh = new double[n * hd];
        double[] dAlpha = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < hd; k++) {
                dh[i * hd + k] += alpha[i] * dPooled[k];
                dAlpha[i] += h[i * hd + k] * dPooled[k];
            }
            mean += alpha[i] * dAlpha[i];
        }
        for (int k = 0; k < hd; k++) {
            dh[argmax[k] * hd + k] += dPooled[hd + k];
        }
        for (int i = 0; i < n; i++) {
            double dScore = alpha[i] * (dAlpha[i] - mean);
            attentionPosition.g[s.position(i)] += dScore;
            int at = i * hd;
            int pos = s.position(i) * hd;
            for (int k = 0; k < hd; k++) {
                attention.g[k] += dScore * h[at + k];
                double du = (dh[at + k] + dScore * attention.v[k]) * (1 - h[at + k] * h[at + k]);
                if (du == 0) {
                    continue;
                }
                bias.g[k] += du;
                position.g[pos + k] += du;
                for (int t = 0; t < taps; t++) {
                    int at2 = neighbour(i, t, n);
                    if (at2 < 0) {
                        continue;
                    }
                    if (e[at2] == null) {
                        unknown.g[t * hd + k] += du;
                    } else {
                        int base = t * d * hd;
                        for (int j = 0; j < d; j++) {
                            w.g[base + j * hd + k] += du * e[at2][j];
                        }
                    }
                }
                for (int q = 0; q < TargetSequence.CUES; q++) {
                    cue.g[q * hd + k] += du * s.cue(i, q);
                }
            }
        }
        step++;
        for (Param param : all) {
            param.adam(o.rate(), o.l2(), step);
        }
    }

    /** Tap 0 reads the token itself, tap 1 the token before, tap 2 the one after; -1 past the sentence's ends. */
    private static int neighbour(int i, int tap, int n) {
        int at = tap == 0 ? i : tap == 1 ? i - 1 : i + 1;
        return at >= 0 && at < n ? at : -1;
    }

    /** Hidden unit {@code k}'s input from the word at {@code at} seen through tap {@code t}. */
    private double input(float[][] e, int at, int t, int k) {
        if (e[at] == null) {
            return unknown.v[t * hd + k];
        }
        double u = 0;
        int base = t * d * hd;
        for (int j = 0; j < d; j++) {
            u += e[at][j] * w.v[base + j * hd + k];
        }
        return u;
    }

    private AttentionSentimentModel model(String description) {
        Map<String, float[]> words = new HashMap<>();
        vectors.vectors().forEach((word, v) -> {
            float[] projected = new float[taps * hd];
            for (int t = 0; t < taps; t++) {
                for (int k = 0; k < hd; k++) {
                    double sum = 0;
                    for (int j = 0; j < d; j++) {
                        sum += v[j] * w.v[t * d * hd + j * hd + k];
                    }
                    projected[t * hd + k] = (float) sum;
                }
            }
            words.put(word, projected);
        });
        float[][] positions = rows(position.v, TargetSequence.POSITIONS, hd);
        float[][] cues = rows(cue.v, TargetSequence.CUES, hd);
        float[][] outs = rows(out.v, C, 2 * hd);
        return new AttentionSentimentModel(description, words, floats(unknown.v), positions, cues, floats(bias.v),
                floats(attention.v), floats(attentionPosition.v), outs, floats(outBias.v));
    }

    private static float[][] rows(double[] flat, int rows, int width) {
        float[][] r = new float[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < width; k++) {
                r[i][k] = (float) flat[i * width + k];
            }
        }
        return r;
    }

    private static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return f;
    }

    /** Values, the gradient of the current example, and Adam's moments. */
    private static final class Param {
        final double[] v;
        final double[] g;
        final double[] m;
        final double[] s;

        Param(int size, double scale, Random random) {
            v = new double[size];
            g = new double[size];
            m = new double[size];
            s = new double[size];
            for (int k = 0; k < size; k++) {
                v[k] = scale * (2 * random.nextDouble() - 1);
            }
        }

        void adam(double rate, double l2, long t) {
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int k = 0; k < v.length; k++) {
                double grad = g[k] + l2 * v[k];
                m[k] = 0.9 * m[k] + 0.1 * grad;
                s[k] = 0.999 * s[k] + 0.001 * grad * grad;
                v[k] -= rate * (m[k] / c1) / (Math.sqrt(s[k] / c2) + 1e-8);
                g[k] = 0;
            }
        }
    }
}
