package org.newsflow.enrich.engine.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Word valences on VADER's -4..+4 scale: the VADER lexicon, optionally overlaid with hard-news adjustments. */
public final class ToneLexicon {

    private static final String FOLDER = "/org/newsflow/enrich/tone/";
    private final Map<String, Float> valence;

    private ToneLexicon(Map<String, Float> valence) {
        this.valence = Map.copyOf(valence);
    }

    /** VADER plus the news adjustments: the engine's default. */
    public static ToneLexicon news() {
        Map<String, Float> map = read("vader-lexicon.tsv");
        map.putAll(read("news-lexicon.tsv"));
        return new ToneLexicon(map);
    }

    /** VADER alone, kept to measure what the news adjustments change. */
    public static ToneLexicon vaderOnly() {
        return new ToneLexicon(read("vader-lexicon.tsv"));
    }

    /** Whether the lexicon lists this lower-case word at all (valence zero included). */
    public boolean contains(String lowerCaseWord) {
        return valence.containsKey(lowerCaseWord);
    }

    /** Valence of a lower-case word, 0 when unknown. */
    public float valence(String lowerCaseWord) {
        Float v = valence.get(lowerCaseWord);
        return v == null ? 0f : v;
    }

    private static Map<String, Float> read(String file) {
        Map<String, Float> map = new HashMap<>();
        try (InputStream in = ToneLexicon.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
