package org.newsflow.enrich.engine.ner;

import java.util.function.LongConsumer;

/**
 * The tagger's per-label feature weights, 16-bit quantised, each feature's weights stored beside its hash in one
 * open-addressing table: scoring a token costs one memory line per feature instead of a lookup in a map and a
 * second one in a weight array, and features whose weights all quantise to zero are not stored at all (they add
 * nothing to any score). Immutable and thread-safe.
 */
final class EmissionWeights {

    private static final long EMPTY = 0L;
    /** Longs per slot: the key, then {@link Labels#COUNT} shorts packed four to a long. */
    private static final int STRIDE = 1 + (Labels.COUNT + 3) / 4;

    private final long[] slots;
    private final int mask;
    private final int size;
    /** A stored short {@code s} weighs {@code s * scale}. */
    private final float scale;

    private EmissionWeights(long[] slots, int size, float scale) {
        this.slots = slots;
        this.mask = slots.length / STRIDE - 1;
        this.size = size;
        this.scale = scale;
    }

    /** Quantises trained weights: feature {@code f} of {@code table} has its weight for label {@code y} at {@code f * COUNT + y}. */
    static EmissionWeights quantise(FeatureTable table, float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        long[] keys = new long[table.size()];
        table.forEach((k, v) -> keys[v] = k);
        short[] quantised = new short[weights.length];
        for (int k = 0; k < weights.length; k++) {
            quantised[k] = (short) Math.round(weights[k] / scale);
        }
        return of(keys, quantised, scale);
    }

    /** @param weights the weight of {@code keys[f]} for label {@code y} at {@code f * COUNT + y} */
    static EmissionWeights of(long[] keys, short[] weights, float scale) {
        int l = Labels.COUNT;
        int kept = 0;
        for (int f = 0; f < keys.length; f++) {
            if (!zero(weights, f * l)) {
                kept++;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, kept * 2 - 1)) << 1;
        long[] slots = new long[capacity * STRIDE];
        int mask = capacity - 1;
        for (int f = 0; f < keys.length; f++) {
            if (zero(weights, f * l)) {
                continue;
            }
            long k = keys[f] == EMPTY ? 1 : keys[f];
            int slot = mix(k) & mask;
            while (slots[slot * STRIDE] != EMPTY && slots[slot * STRIDE] != k) {
                slot = (slot + 1) & mask;
            }
            int at = slot * STRIDE;
            slots[at] = k;
            for (int y = 0; y < l; y++) {
                slots[at + 1 + y / 4] |= (weights[f * l + y] & 0xFFFFL) << (16 * (y % 4));
            }
        }
        return new EmissionWeights(slots, kept, scale);
    }

    private static boolean zero(short[] weights, int from) {
        for (int y = 0; y < Labels.COUNT; y++) {
            if (weights[from + y] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds the weights of feature {@code key} to {@code row}, label by label; unknown features add nothing. */
    void addTo(long key, float[] row) {
        long k = key == EMPTY ? 1 : key;
        int slot = mix(k) & mask;
        while (true) {
            int at = slot * STRIDE;
            long found = slots[at];
            if (found == k) {
                for (int y = 0; y < Labels.COUNT; y++) {
                    short s = (short) (slots[at + 1 + y / 4] >>> (16 * (y % 4)));
                    row[y] += s * scale;
                }
                return;
            }
            if (found == EMPTY) {
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    float scale() {
        return scale;
    }

    /** Calls {@code visitor} with every stored key. */
    void forEachKey(LongConsumer visitor) {
        for (int at = 0; at < slots.length; at += STRIDE) {
            if (slots[at] != EMPTY) {
                visitor.accept(slots[at]);
            }
        }
    }

    /** The quantised weight of a stored {@code key} for {@code label}. */
    short weight(long key, int label) {
        long k = key == EMPTY ? 1 : key;
        int slot = mix(k) & mask;
        while (slots[slot * STRIDE] != k) {
            slot = (slot + 1) & mask;
        }
        return (short) (slots[slot * STRIDE + 1 + label / 4] >>> (16 * (label % 4)));
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
