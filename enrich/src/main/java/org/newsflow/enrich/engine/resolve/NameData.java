package org.newsflow.enrich.engine.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * General name data bundled with the knowledge base: world cities and first-level administrative divisions
 * (GeoNames), given names (U.S. Social Security Administration counts) and common English words (SCOWL). They
 * type names the knowledge base does not know; see {@code kb/README.md} for sources and licences. Loaded once,
 * read-only, thread-safe.
 */
public final class NameData {

    /** Population credited to a first-level administrative division ("Hunan", "Kansas"), which has none listed. */
    static final int REGION_POPULATION = 1_000_000;

    private static final String FOLDER = "/org/newsflow/enrich/kb/";

    private final Map<String, Integer> places = new HashMap<>(64_000);
    private final Map<String, Integer> givenNames = new HashMap<>(40_000);
    private final Set<String> commonWords = new HashSet<>(64_000);

    private NameData() {
        boolean[] header = {true};
        read("places-gazetteer.tsv", line -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            String[] c = line.split("\t");
            int population = c[1].equals("region") ? REGION_POPULATION : Integer.parseInt(c[3]);
            places.merge(c[0], population, Math::max);
            String folded = fold(c[0]);
            if (!folded.equals(c[0])) {
                places.merge(folded, population, Math::max);
            }
        });
        header[0] = true;
        read("given-names.tsv", line -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            int tab = line.indexOf('\t');
            givenNames.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        });
        read("common-words.txt", commonWords::add);
    }

    private static final class Holder {
        static final NameData BUNDLED = new NameData();
    }

    public static NameData bundled() {
        return Holder.BUNDLED;
    }

    /** A city of at least this many people, or a region, is a large place: named alone, it is usually that place. */
    public static final int LARGE_PLACE_POPULATION = 100_000;

    /** Whether the gazetteer lists a city of {@value #LARGE_PLACE_POPULATION} people or more, or a region, so named. */
    public boolean largePlace(String name) {
        return placePopulation(name) >= LARGE_PLACE_POPULATION;
    }

    /** Population of the place so named (the largest of that name), {@link #REGION_POPULATION} for a region, or -1. */
    public int placePopulation(String name) {
        return places.getOrDefault(name, -1);
    }

    /** How many people received this given name (case-insensitive), 0 if it is not a known given name. */
    public int givenName(String word) {
        return givenNames.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** Whether a lower-case word is common English vocabulary. */
    public boolean commonWord(String lower) {
        return commonWords.contains(lower);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    private static void read(String file, Consumer<String> line) {
        try (InputStream in = NameData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
