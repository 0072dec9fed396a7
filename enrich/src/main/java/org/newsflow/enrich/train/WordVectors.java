package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.sentiment.FeatureVector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

    /** Weighted average of the vectors of a region's words; words without a vector count as zero vectors. */
    public void average(FeatureVector f, int region, float[] into, int offset) {
        float total = f.weightSum(region);
        if (dimensions == 0 || total == 0) {
            return;
        }
        for (int i = 0; i < f.wordCount(); i++) {
            float weight = f.weight(i, region);
            float[] v = weight == 0 ? null : vectors.get(f.word(i));
            if (v != null) {
                for (int k = 0; k < dimensions; k++) {
                    into[offset + k] += weight * v[k];
                }
            }
        }
        for (int k = 0; k < dimensions; k++) {
            into[offset + k] /= total;
        }
    }
}
