package org.newsflow.enrich.train;

import java.util.Random;

/** What the sentiment trainers share: class weights against imbalance and a fresh example order per epoch. */
final class TrainingOrder {

    private TrainingOrder() {
    }

    /** Per class, the weight that gives every class the same total: n / (classes * count), counts at least 1. */
    static double[] balancedClassWeights(int[] labels, int classes) {
        int[] perClass = new int[classes];
        for (int y : labels) {
            perClass[y]++;
        }
        double[] weight = new double[classes];
        for (int c = 0; c < classes; c++) {
            weight[c] = (double) labels.length / (classes * Math.max(1, perClass[c]));
        }
        return weight;
    }

    /** 0 .. n-1, to be {@link #shuffle shuffled} each epoch. */
    static int[] identity(int n) {
        int[] order = new int[n];
        for (int e = 0; e < n; e++) {
            order[e] = e;
        }
        return order;
    }

    /** Fisher–Yates in place; the same random state gives the same order, so training stays reproducible. */
    static void shuffle(int[] order, Random random) {
        for (int e = order.length - 1; e > 0; e--) {
            int j = random.nextInt(e + 1);
            int t = order[e];
            order[e] = order[j];
            order[j] = t;
        }
    }
}
