package org.newsflow.enrich.train;

import java.util.Locale;

/** Accuracy and macro-F1 of a confusion matrix (rows gold, columns predicted). */
public record Scores(double accuracy, double macroF1, double[] f1) {

    public static Scores of(int[][] confusion) {
        int k = confusion.length;
        int total = 0;
        int correct = 0;
        double[] f1 = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int gold = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                gold += confusion[c][j];
                predicted += confusion[j][c];
                total += confusion[c][j];
            }
            correct += tp;
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            f1[c] = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sum += f1[c];
        }
        return new Scores(total == 0 ? 0 : (double) correct / total, sum / k, f1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f (negative %.3f, neutral %.3f, positive %.3f)",
                accuracy, macroF1, f1[0], f1[1], f1[2]);
    }
}
