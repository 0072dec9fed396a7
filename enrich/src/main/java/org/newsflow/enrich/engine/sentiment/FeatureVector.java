package org.newsflow.enrich.engine.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of one example: named sparse features with values, and weighted words per context region (left of
 * the target, right of it, the whole sentence) whose averaged word vectors form the dense part.
 */
public final class FeatureVector {

    /** Context regions of the dense part. */
    public static final int LEFT = 0;
    public static final int RIGHT = 1;
    public static final int SENTENCE = 2;
    public static final int REGIONS = 3;

    final List<String> names = new ArrayList<>();
    final List<Float> values = new ArrayList<>();
    final List<List<String>> regionWords = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<List<Float>> regionWeights = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    void add(String name) {
        add(name, 1f);
    }

    void add(String name, float value) {
        names.add(name);
        values.add(value);
    }

    void addWord(int region, String lowerCaseWord, float weight) {
        regionWords.get(region).add(lowerCaseWord);
        regionWeights.get(region).add(weight);
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    public float value(int i) {
        return values.get(i);
    }

    public List<String> words(int region) {
        return regionWords.get(region);
    }

    public List<Float> weights(int region) {
        return regionWeights.get(region);
    }

    /** Sum of a region's word weights: the denominator of its weighted average. */
    public float weightSum(int region) {
        float sum = 0;
        for (float w : regionWeights.get(region)) {
            sum += w;
        }
        return sum;
    }
}
