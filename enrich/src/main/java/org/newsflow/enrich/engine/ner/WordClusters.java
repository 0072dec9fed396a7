package org.newsflow.enrich.engine.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word classes induced from unlabelled text: each of the 10,000 most frequent English words (lower case) belongs
 * to one cluster at each of a few granularities, from k-means over its GloVe vector. Words seen rarely in the
 * labelled data borrow the evidence of the frequent words of their cluster ("minister" and "ambassador").
 */
public final class WordClusters {

    /** Cluster counts, coarse to fine. */
    public static final int[] GRANULARITIES = {40, 160, 640};

    private final Map<String, int[]> clusters;

    WordClusters(Map<String, int[]> clusters) {
        this.clusters = clusters;
    }

    /** Cluster ids of a lower-case word, one per granularity, or null when the word is not among them. */
    int[] of(String lowerWord) {
        return clusters.get(lowerWord);
    }

    static WordClusters read(InputStream in) throws IOException {
        Map<String, int[]> map = new HashMap<>(16_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            int[] ids = new int[cells.length - 1];
            for (int k = 1; k < cells.length; k++) {
                ids[k - 1] = Integer.parseInt(cells[k]);
            }
            map.put(cells[0], ids);
        }
        return new WordClusters(map);
    }

    static WordClusters bundled() {
        try (InputStream in = NameTagger.resource("word-clusters.tsv")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
