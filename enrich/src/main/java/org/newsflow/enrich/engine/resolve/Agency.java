package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a country or place named in a sentence acts as a political agent ("Russia signed", "invaded by Russia")
 * or is spoken of as a place ("Greece was divided", "Cairo had a population", "the coast of Albania"), from the
 * syntax around the name: the subject of an active verb, or the agent after "by" in a passive.
 */
public final class Agency {

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "am");
    private static final Set<String> HAVE = Set.of("has", "had", "have", "having", "'d");
    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall",
            "should", "must", "'ll");

    private Agency() {
    }

    /** The name spanning tokens {@code [first, end)} of the sentence acts as an agent. */
    public static boolean acts(Sentence s, int first, int end) {
        if (end < s.size() && s.token(end).isPossessiveMarker()) {
            return false;
        }
        if (first > 0 && agentOfPassive(s, first)) {
            return true;
        }
        int k = end;
        while (k < s.size() && s.tag(k).equals("ADV")) {
            k++;
        }
        if (k >= s.size()) {
            return false;
        }
        String tag = s.tag(k);
        if (!tag.equals("VERB") && !tag.equals("AUX")) {
            return false;
        }
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        if (BE.contains(word)) {
            return false;
        }
        if (HAVE.contains(word) || MODALS.contains(word)) {
            // "has signed", "would refuse" act; "had been divided", "would be under", "had a population" do not
            int n = k + 1;
            while (n < s.size() && (s.tag(n).equals("ADV") || s.tag(n).equals("PART"))) {
                n++;
            }
            if (n >= s.size()) {
                return false;
            }
            String next = s.token(n).text().toLowerCase(Locale.ROOT);
            return (s.tag(n).equals("VERB") || s.tag(n).equals("AUX")) && !BE.contains(next)
                    && !HAVE.contains(next);
        }
        return true;
    }

    /** "... was invaded by Russia": "by" right before the name, a participle before "by". */
    private static boolean agentOfPassive(Sentence s, int first) {
        int b = first - 1;
        if (b > 0 && s.token(b).text().equalsIgnoreCase("the")) {
            b--;
        }
        if (b < 1 || !s.token(b).text().equalsIgnoreCase("by")) {
            return false;
        }
        return s.tag(b - 1).equals("VERB");
    }
}
