package org.newsflow.enrich.engine.sentiment;

import java.util.Arrays;

/**
 * Features of one example: named sparse features with values, and context words with a weight in each region
 * (left of the target, right of it, the whole sentence) whose averaged word vectors form the dense part. Arrays
 * rather than lists of boxed numbers: the engine builds several of these for every paragraph.
 */
public final class FeatureVector {

    /** Context regions of the dense part. */
    public static final int LEFT = 0;
    public static final int RIGHT = 1;
    public static final int SENTENCE = 2;
    public static final int NEAR = 3;
    public static final int CLAUSE = 4;
    public static final int REGIONS = 5;

    /**
     * Prefixes of the features named by a prefix and a word. The model keeps one table per prefix, so that such a
     * feature is looked up by its word alone, without building its name for every target. Index 0 ({@link #WHOLE}):
     * features named in full.
     */
    static final String[] PREFIXES = {"", "nL:", "nR:", "mL:", "mR:", "lwL:", "lwR:", "w:", "q:"};
    static final byte WHOLE = 0;
    static final byte NEAR_LEFT = 1;
    static final byte NEAR_RIGHT = 2;
    static final byte MID_LEFT = 3;
    static final byte MID_RIGHT = 4;
    static final byte VALENCE_LEFT = 5;
    static final byte VALENCE_RIGHT = 6;
    static final byte WORD = 7;
    static final byte QUOTED = 8;

    private byte[] prefixes = new byte[64];
    private String[] keys = new String[64];
    private float[] values = new float[64];
    private int size;
    private String[] words = new String[32];
    private float[] weights = new float[32 * REGIONS];
    private int wordCount;
    private final float[] weightSums = new float[REGIONS];

    void add(String name) {
        add(name, 1f);
    }

    void add(String name, float value) {
        add(WHOLE, name, value);
    }

    /** A feature named {@code PREFIXES[prefix] + key}. */
    void add(byte prefix, String key, float value) {
        if (size == keys.length) {
            prefixes = Arrays.copyOf(prefixes, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        prefixes[size] = prefix;
        keys[size] = key;
        values[size++] = value;
    }

    /** A context word with its weight in each region (0 where it is not in the region). */
    void addWord(String lowerCaseWord, float left, float right, float sentence) {
        addWord(lowerCaseWord, left, right, sentence, 0f, 0f);
    }

    void addWord(String lowerCaseWord, float left, float right, float sentence, float near, float clause) {
        if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
            weights = Arrays.copyOf(weights, wordCount * 2 * REGIONS);
        }
        words[wordCount] = lowerCaseWord;
        weights[wordCount * REGIONS + LEFT] = left;
        weights[wordCount * REGIONS + RIGHT] = right;
        weights[wordCount * REGIONS + SENTENCE] = sentence;
        weights[wordCount * REGIONS + NEAR] = near;
        weights[wordCount * REGIONS + CLAUSE] = clause;
        weightSums[NEAR] += near;
        weightSums[CLAUSE] += clause;
        weightSums[LEFT] += left;
        weightSums[RIGHT] += right;
        weightSums[SENTENCE] += sentence;
        wordCount++;
    }

    public int size() {
        return size;
    }

    /** The feature's full name (built on each call: for training and model files, not for scoring). */
    public String name(int i) {
        return prefixes[i] == WHOLE ? keys[i] : PREFIXES[prefixes[i]] + keys[i];
    }

    byte prefix(int i) {
        return prefixes[i];
    }

    String key(int i) {
        return keys[i];
    }

    public float value(int i) {
        return values[i];
    }

    public int wordCount() {
        return wordCount;
    }

    public String word(int i) {
        return words[i];
    }

    /** Weight of context word {@code i} in a region. */
    public float weight(int i, int region) {
        return weights[i * REGIONS + region];
    }

    /** Sum of a region's word weights: the denominator of its weighted average. */
    public float weightSum(int region) {
        return weightSums[region];
    }
}
