package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.sentiment.FeatureVector;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearSentimentModel}: multinomial logistic regression by AdaGrad stochastic gradient descent
 * with L2 regularisation, examples visited in an order fixed by the seed, so the same data gives the same model.
 * Classes can be weighted inversely to their frequency, which favours macro-F1 over accuracy.
 */
public final class SoftmaxTrainer {

    private static final int C = LinearSentimentModel.CLASSES;

    public record Options(int epochs, double rate, double l2, int minCount, boolean balanced, long seed) {
        public static Options defaults() {
            return new Options(12, 0.01, 1e-5, 2, true, 20211L);
        }
    }

    private final Options options;
    private final WordVectors vectors;

    public SoftmaxTrainer(Options options, WordVectors vectors) {
        this.options = options;
        this.vectors = vectors;
    }

    public LinearSentimentModel train(List<FeatureVector> xs, int[] ys, String description) {
        Map<String, Integer> counts = new HashMap<>();
        for (FeatureVector f : xs) {
            for (int i = 0; i < f.size(); i++) {
                counts.merge(f.name(i), 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= options.minCount()).map(Map.Entry::getKey).sorted()
                .forEach(name -> index.put(name, index.size()));
        int dims = vectors.dimensions() * FeatureVector.REGIONS;
        int n = xs.size();
        int[][] idx = new int[n][];
        float[][] val = new float[n][];
        float[][] dense = new float[n][dims];
        for (int e = 0; e < n; e++) {
            FeatureVector f = xs.get(e);
            int kept = 0;
            int[] ii = new int[f.size()];
            float[] vv = new float[f.size()];
            for (int i = 0; i < f.size(); i++) {
                Integer k = index.get(f.name(i));
                if (k != null) {
                    ii[kept] = k;
                    vv[kept++] = f.value(i);
                }
            }
            idx[e] = java.util.Arrays.copyOf(ii, kept);
            val[e] = java.util.Arrays.copyOf(vv, kept);
            for (int r = 0; r < FeatureVector.REGIONS; r++) {
                vectors.average(f, r, dense[e], r * vectors.dimensions());
            }
        }
        double[] classWeight = options.balanced() ? TrainingOrder.balancedClassWeights(ys, C) : new double[] {1, 1, 1};
        double[][] w = new double[index.size()][C];
        double[][] g2 = new double[index.size()][C];
        double[][] wd = new double[dims][C];
        double[][] gd2 = new double[dims][C];
        int[] order = TrainingOrder.identity(n);
        Random random = new Random(options.seed());
        double[] z = new double[C];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            TrainingOrder.shuffle(order, random);
            for (int e : order) {
                java.util.Arrays.fill(z, 0);
                for (int i = 0; i < idx[e].length; i++) {
                    for (int c = 0; c < C; c++) {
                        z[c] += w[idx[e][i]][c] * val[e][i];
                    }
                }
                for (int k = 0; k < dims; k++) {
                    for (int c = 0; c < C; c++) {
                        z[c] += wd[k][c] * dense[e][k];
                    }
                }
                double[] p = softmax(z);
                for (int c = 0; c < C; c++) {
                    double err = classWeight[ys[e]] * (p[c] - (ys[e] == c ? 1 : 0));
                    for (int i = 0; i < idx[e].length; i++) {
                        int k = idx[e][i];
                        double g = err * val[e][i] + options.l2() * w[k][c];
                        g2[k][c] += g * g;
                        w[k][c] -= options.rate() * g / (Math.sqrt(g2[k][c]) + 1e-8);
                    }
                    for (int k = 0; k < dims; k++) {
                        double g = err * dense[e][k] + options.l2() * wd[k][c];
                        g2d(gd2, k, c, g);
                        wd[k][c] -= options.rate() * g / (Math.sqrt(gd2[k][c]) + 1e-8);
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        index.forEach((name, k) -> {
            float[] ws = {(float) w[k][0], (float) w[k][1], (float) w[k][2]};
            if (Math.max(Math.abs(ws[0]), Math.max(Math.abs(ws[1]), Math.abs(ws[2]))) >= PRUNE) {
                weights.put(name, ws);
            }
        });
        Map<String, float[]> wordScores = new HashMap<>();
        int d = vectors.dimensions();
        vectors.vectors().forEach((word, v) -> {
            float[] s = new float[FeatureVector.REGIONS * C];
            for (int r = 0; r < FeatureVector.REGIONS; r++) {
                for (int c = 0; c < C; c++) {
                    double sum = 0;
                    for (int k = 0; k < d; k++) {
                        sum += wd[r * d + k][c] * v[k];
                    }
                    s[r * C + c] = (float) sum;
                }
            }
            wordScores.put(word, s);
        });
        return new LinearSentimentModel(description, weights, wordScores);
    }

    /** Weights this small change no decision worth keeping and would only make the model file larger. */
    private static final double PRUNE = 0.05;

    private static void g2d(double[][] acc, int k, int c, double g) {
        acc[k][c] += g * g;
    }

    private static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[C];
        double sum = 0;
        for (int c = 0; c < C; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < C; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
