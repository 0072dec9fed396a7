package org.newsflow.projections.streams;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index's analysis: lower-cased letter/digit runs without accents, stop words dropped; actors are
 * indexed as {@code actor:<actorId>} so that a query can ask for an actor by its identity.
 */
public final class Terms {

    public static final String ACTOR_PREFIX = "actor:";
    private static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 40;
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
            "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to",
            "was", "were", "which", "will", "with");

    private Terms() {
    }

    /** Term frequencies of a text, in term order. */
    public static Map<String, Integer> frequencies(String text) {
        Map<String, Integer> out = new TreeMap<>();
        for (String word : words(text)) {
            out.merge(word, 1, Integer::sum);
        }
        return out;
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // ASCII has no accents to strip: skip the normalisation, which costs more than the rest of the analysis.
        String folded = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = word.toString();
                word.setLength(0);
                if (w.length() >= MIN_LENGTH && w.length() <= MAX_LENGTH && !STOP_WORDS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static String actor(String actorId) {
        return ACTOR_PREFIX + actorId.toLowerCase(Locale.ROOT);
    }

    /** The distinct terms of a query: words analysed like the text, {@code actor:<id>} kept as given. */
    public static List<String> query(String q) {
        Set<String> out = new LinkedHashSet<>();
        if (q == null) {
            return List.of();
        }
        for (String token : q.trim().split("\\s+")) {
            if (token.toLowerCase(Locale.ROOT).startsWith(ACTOR_PREFIX) && token.length() > ACTOR_PREFIX.length()) {
                out.add(actor(token.substring(ACTOR_PREFIX.length())));
            } else {
                out.addAll(words(token));
            }
        }
        return List.copyOf(out);
    }
}
