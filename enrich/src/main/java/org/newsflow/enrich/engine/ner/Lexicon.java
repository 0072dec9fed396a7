package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.kb.Surface;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.NameData;
import org.newsflow.enrich.engine.resolve.WordLists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the project's word lists say about a token, as tagger evidence: the knowledge base's names with their
 * type, the gazetteer of places, given names, U.S. census surnames, common English words, the words that head
 * organisation and place names.
 */
final class Lexicon {

    private static final int MAX_PLACE_TOKENS = 4;
    private static final int MAX_ORGANISATION_TOKENS = 6;

    private final KnowledgeBase kb;
    private final NameData names;
    private final Map<String, Integer> surnames;
    private final Set<String> organisations;
    /** First words of the organisation names, to try the long matches only where one may start. */
    private final Set<String> organisationStarts = new HashSet<>();

    Lexicon(KnowledgeBase kb, NameData names, Map<String, Integer> surnames, Set<String> organisations) {
        this.kb = kb;
        this.names = names;
        this.surnames = surnames;
        this.organisations = organisations;
        for (String o : organisations) {
            int space = o.indexOf(' ');
            organisationStarts.add(space < 0 ? o : o.substring(0, space));
        }
    }

    static Lexicon bundled(KnowledgeBase kb) {
        try (InputStream in = NameTagger.resource("surnames.tsv");
             InputStream orgs = NameTagger.resource("organisation-names.txt")) {
            Set<String> organisations = new HashSet<>(80_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(orgs, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    organisations.add(line);
                }
            }
            return new Lexicon(kb, NameData.bundled(), readSurnames(in), organisations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Integer> readSurnames(InputStream in) throws IOException {
        Map<String, Integer> map = new HashMap<>(40_000);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            map.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return map;
    }

    boolean common(String lower) {
        return names.commonWord(lower);
    }

    /** 0 none, 1 rare, 2 frequent, 3 very frequent given name. */
    int givenName(String word) {
        int n = names.givenName(word);
        return n == 0 ? 0 : n < 5_000 ? 1 : n < 100_000 ? 2 : 3;
    }

    /** 0 none, 1 rare, 2 frequent, 3 very frequent surname (rank in the 1990 U.S. census). */
    int surname(String lower) {
        Integer rank = surnames.get(lower);
        return rank == null ? 0 : rank > 10_000 ? 1 : rank > 1_000 ? 2 : 3;
    }

    static boolean organisationWord(String word) {
        return WordLists.ORGANIZATION_WORDS.contains(word);
    }

    static boolean locationWord(String word) {
        return WordLists.LOCATION_WORDS.contains(word);
    }

    /**
     * Marks the tokens covered by the longest known name starting at each capitalised token: {@code kb[i]} is
     * "B" or "I" plus the type, or null.
     */
    String[] knownNames(List<Token> tokens) {
        String[] marks = new String[tokens.size()];
        int max = kb.maxSurfaceTokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() || !(t.isCapitalized() || Character.isDigit(t.text().charAt(0)))) {
                i++;
                continue;
            }
            int found = 0;
            String type = null;
            int run = 1;
            while (run < max && i + run < tokens.size() && nameLike(tokens.get(i + run))) {
                run++;
            }
            for (int len = run; len >= 1 && found == 0; len--) {
                List<Surface> surfaces = kb.lookup(tokens, i, i + len);
                if (!surfaces.isEmpty()) {
                    found = len;
                    Surface s = surfaces.get(0);
                    type = s.demonym() ? "DEMONYM" : s.entry().type().name();
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            marks[i] = "B" + type;
            for (int k = i + 1; k < i + found; k++) {
                marks[k] = "I" + type;
            }
            i += found;
        }
        return marks;
    }

    /** A token that can continue a known name: a capitalised word, a connective, a hyphen or an initial's dot. */
    private static boolean nameLike(Token t) {
        String w = t.text();
        char c = w.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || CONNECTIVES.contains(w);
    }

    private static final Set<String> CONNECTIVES = Set.of("of", "the", "and", "for", "de", "du", "al", "el", "la",
            "von", "van", "der", "-", ".", "&", "'s", "on", "in", "bin");

    /** Like {@link #knownNames} for the list of organisation names. */
    String[] organisations(List<Token> tokens) {
        String[] marks = new String[tokens.size()];
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() || !(t.isCapitalized() || Character.isDigit(t.text().charAt(0)))
                    || !organisationStarts.contains(t.text())) {
                i++;
                continue;
            }
            int found = 0;
            for (int len = Math.min(MAX_ORGANISATION_TOKENS, tokens.size() - i); len >= 1 && found == 0; len--) {
                b.setLength(0);
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        b.append(' ');
                    }
                    b.append(tokens.get(k).text());
                }
                if (organisations.contains(b.toString())) {
                    found = len;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            marks[i] = found == 1 ? "U" : "B";
            for (int k = i + 1; k < i + found; k++) {
                marks[k] = k == i + found - 1 ? "L" : "I";
            }
            i += found;
        }
        return marks;
    }

    /** Like {@link #knownNames} for the gazetteer of places, with a population class. */
    String[] places(List<Token> tokens) {
        String[] marks = new String[tokens.size()];
        int i = 0;
        StringBuilder b = new StringBuilder();
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.isCapitalized()) {
                i++;
                continue;
            }
            int found = 0;
            int population = -1;
            for (int len = Math.min(MAX_PLACE_TOKENS, tokens.size() - i); len >= 1 && found == 0; len--) {
                if (!tokens.get(i + len - 1).isCapitalized()) {
                    continue;
                }
                b.setLength(0);
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        b.append(' ');
                    }
                    b.append(tokens.get(k).text());
                }
                population = names.placePopulation(b.toString());
                if (population >= 0) {
                    found = len;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            String size = population >= 1_000_000 ? "L" : population >= 100_000 ? "M" : "S";
            marks[i] = "B" + size;
            for (int k = i + 1; k < i + found; k++) {
                marks[k] = "I" + size;
            }
            i += found;
        }
        return marks;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
