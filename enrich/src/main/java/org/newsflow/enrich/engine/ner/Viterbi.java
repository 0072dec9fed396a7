package org.newsflow.enrich.engine.ner;

/** The best BIO labelling of a sentence under a first-order model, and its score margins. */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * @param emissions   score of each label at each token, {@code [token][label]}
     * @param transitions score of label {@code b} after {@code a} at {@code [a * COUNT + b]}
     * @param start       score of each label at the first token
     */
    static int[] decode(float[][] emissions, float[] transitions, float[] start) {
        int n = emissions.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        int l = Labels.COUNT;
        // forbidden transitions folded into the scores once, so the inner loop is plain arithmetic
        float[] moves = new float[l * l];
        for (int p = 0; p < l; p++) {
            for (int y = 0; y < l; y++) {
                moves[p * l + y] = Labels.allowed(p, y) ? transitions[p * l + y] : Float.NEGATIVE_INFINITY;
            }
        }
        float[] delta = new float[l];
        float[] next = new float[l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            delta[y] = Labels.allowed(-1, y) ? start[y] + emissions[0][y] : Float.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            float[] row = emissions[t];
            for (int y = 0; y < l; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    float s = delta[p] + moves[p * l + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[y] = top + row[y];
                back[t * l + y] = arg;
            }
            float[] swap = delta;
            delta = next;
            next = swap;
        }
        int arg = 0;
        for (int y = 1; y < l; y++) {
            if (delta[y] > delta[arg]) {
                arg = y;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            best[t] = arg;
            arg = back[t * l + arg];
        }
        return best;
    }
}
