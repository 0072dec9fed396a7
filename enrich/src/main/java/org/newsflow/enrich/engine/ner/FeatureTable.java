package org.newsflow.enrich.engine.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to dense feature numbers, so that looking a feature up
 * allocates nothing; each key sits beside its number, so a lookup touches one cache line. Not thread-safe while
 * it grows; read-only lookups after loading are safe to share.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    /** Slot {@code s} holds its key at {@code 2s} and its number at {@code 2s + 1}. */
    private long[] slots;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
    }

    private int capacity() {
        return slots.length / 2;
    }

    int size() {
        return size;
    }

    /** The number of {@code key}, or -1. */
    int get(long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = capacity() - 1;
        int slot = mix(k) & mask;
        while (true) {
            long found = slots[2 * slot];
            if (found == k) {
                return (int) slots[2 * slot + 1];
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
        if ((size + 1) * 2 > capacity()) {
            grow();
        }
        long k = key == EMPTY ? 1 : key;
        int mask = capacity() - 1;
        int slot = mix(k) & mask;
        while (slots[2 * slot] != EMPTY && slots[2 * slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (slots[2 * slot] == EMPTY) {
            size++;
        }
        slots[2 * slot] = k;
        slots[2 * slot + 1] = value;
    }

    /** Calls {@code visitor} with every key and its number. */
    void forEach(java.util.function.BiConsumer<Long, Integer> visitor) {
        for (int s = 0; s < capacity(); s++) {
            if (slots[2 * s] != EMPTY) {
                visitor.accept(slots[2 * s], (int) slots[2 * s + 1]);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != EMPTY) {
                put(old[s], (int) old[s + 1]);
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    @Override
    public String toString() {
        return "FeatureTable" + Arrays.toString(new int[] {size, capacity()});
    }
}
