package org.newsflow.enrich.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word vectors in GloVe's text format (word, then its components, separated by spaces); lower-case words. */
public record WordVectors(Map<String, float[]> vectors, int dimensions) {

    public static WordVectors read(Path file) throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        int dimensions = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split(" ");
            if (cells.length < 2) {
                continue;
            }
            float[] v = new float[cells.length - 1];
            for (int k = 0; k < v.length; k++) {
                v[k] = Float.parseFloat(cells[k + 1]);
            }
            dimensions = v.length;
            vectors.put(cells[0], v);
        }
        return new WordVectors(vectors, dimensions);
    }

    public static WordVectors none() {
        return new WordVectors(Map.of(), 0);
    }

    /** Weighted average of the words' vectors; words without a vector count as zero vectors. */
    public void average(List<String> words, List<Float> weights, float[] into, int offset) {
        if (dimensions == 0 || words.isEmpty()) {
            return;
        }
        float total = 0;
        for (int i = 0; i < words.size(); i++) {
            total += weights.get(i);
            float[] v = vectors.get(words.get(i));
            if (v != null) {
                for (int k = 0; k < dimensions; k++) {
                    into[offset + k] += weights.get(i) * v[k];
                }
            }
        }
        for (int k = 0; k < dimensions; k++) {
            into[offset + k] /= total;
        }
    }
}
