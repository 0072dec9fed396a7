package org.newsflow.enrich.engine.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to dense feature numbers, so that looking a feature up
 * allocates nothing. Not thread-safe while it grows; read-only lookups after loading are safe to share.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The number of {@code key}, or -1. */
    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        int slot = mix(k) & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return values[slot];
            }
            if (found == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of {@code key}, giving it the next free number if it has none. */
    int intern(long key) {
        int found = get(key);
        if (found >= 0) {
            return found;
        }
        put(key, size);
        return size - 1;
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        int slot = mix(k) & mask;
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = k;
        values[slot] = value;
    }

    /** Calls {@code visitor} with every key and its number. */
    void forEach(java.util.function.BiConsumer<Long, Integer> visitor) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                visitor.accept(keys[s], values[s]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                put(oldKeys[s], oldValues[s]);
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    @Override
    public String toString() {
        return "FeatureTable" + Arrays.toString(new int[] {size, keys.length});
    }
}
