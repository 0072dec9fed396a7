package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * The evidence the tagger weighs for each token, as 64-bit hashes of (template, value): the word, its shape,
 * affixes and clusters, the same for its neighbours, its place in the sentence and what the word lists know of
 * it. Training and tagging share this class, so a model and its features cannot drift apart.
 */
final class TokenFeatures {

    private final Lexicon lexicon;
    private final WordClusters clusters;

    TokenFeatures(Lexicon lexicon, WordClusters clusters) {
        this.lexicon = lexicon;
        this.clusters = clusters;
    }

    /** Features of every token of a sentence. */
    long[][] extract(List<Token> tokens) {
        int n = tokens.size();
        String[] words = new String[n];
        String[] lower = new String[n];
        String[] shapes = new String[n];
        String[] shortShapes = new String[n];
        int[][] cl = new int[n][];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).text();
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shapes[i] = shape(words[i]);
            shortShapes[i] = shortShape(shapes[i]);
            cl[i] = clusters.of(lower[i]);
        }
        String[] known = lexicon.knownNames(tokens);
        String[] places = lexicon.places(tokens);
        String[] organisations = lexicon.organisations(tokens);
        long[][] features = new long[n][];
        long[] buffer = new long[64];
        for (int i = 0; i < n; i++) {
            int f = 0;
            String w = words[i];
            String lw = lower[i];
            String shape = shapes[i];
            buffer[f++] = hash(0, "");
            buffer[f++] = hash(1, w);
            buffer[f++] = hash(2, lw);
            buffer[f++] = hash(3, shape);
            buffer[f++] = hash(4, shortShapes[i]);
            for (int k = 1; k <= 4 && k <= lw.length(); k++) {
                buffer[f++] = hashRange(4 + k, lw, 0, k);
                buffer[f++] = hashRange(8 + k, lw, lw.length() - k, lw.length());
            }
            String prev = i > 0 ? lower[i - 1] : "<s>";
            String prev2 = i > 1 ? lower[i - 2] : "<s>";
            String next = i + 1 < n ? lower[i + 1] : "</s>";
            String next2 = i + 2 < n ? lower[i + 2] : "</s>";
            String prevShape = i > 0 ? shortShapes[i - 1] : "<s>";
            String nextShape = i + 1 < n ? shortShapes[i + 1] : "</s>";
            buffer[f++] = hash(13, prev);
            buffer[f++] = hash(14, next);
            buffer[f++] = hash(15, prev2);
            buffer[f++] = hash(16, next2);
            buffer[f++] = hash(17, prevShape);
            buffer[f++] = hash(18, nextShape);
            buffer[f++] = hash(19, prevShape, shortShapes[i], nextShape);
            buffer[f++] = hash(20, prev, lw, "");
            buffer[f++] = hash(21, lw, next, "");
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            boolean first = i == 0 || (i == 1 && !tokens.get(0).isWord());
            buffer[f++] = concat(22, first ? "F" : "-", shortShapes[i]);
            if (capital) {
                buffer[f++] = concat(23, first ? "F" : "-", lexicon.common(lw) ? "C" : "-");
                buffer[f++] = hash(24, CLUSTER_NAMES[lexicon.givenName(w)]);
                buffer[f++] = hash(25, CLUSTER_NAMES[lexicon.surname(lw)]);
                if (Lexicon.organisationWord(w)) {
                    buffer[f++] = hash(26, "");
                }
                if (Lexicon.locationWord(w)) {
                    buffer[f++] = hash(27, "");
                }
            }
            if (i + 1 < n && Lexicon.organisationWord(words[i + 1])) {
                buffer[f++] = hash(28, shortShapes[i]);
            }
            if (i > 0 && Lexicon.organisationWord(words[i - 1])) {
                buffer[f++] = hash(29, shortShapes[i]);
            }
            if (known[i] != null) {
                buffer[f++] = hash(30, known[i]);
                buffer[f++] = hash(31, known[i], prev, "");
            }
            if (places[i] != null) {
                buffer[f++] = hash(32, places[i]);
            }
            if (organisations[i] != null) {
                buffer[f++] = hash(43, organisations[i]);
                buffer[f++] = concat(44, organisations[i], first ? "F" : "-");
            }
            if (i > 0 && known[i - 1] != null) {
                buffer[f++] = hash(33, known[i - 1]);
            }
            if (i + 1 < n && known[i + 1] != null) {
                buffer[f++] = hash(34, known[i + 1]);
            }
            if (cl[i] != null) {
                for (int g = 0; g < cl[i].length; g++) {
                    buffer[f++] = hash(35 + g, CLUSTER_NAMES[cl[i][g]]);
                }
                buffer[f++] = hash(38, CLUSTER_NAMES[cl[i][1]], shortShapes[i], "");
            }
            if (i > 0 && cl[i - 1] != null) {
                buffer[f++] = hash(39, CLUSTER_NAMES[cl[i - 1][1]]);
            }
            if (i + 1 < n && cl[i + 1] != null) {
                buffer[f++] = hash(40, CLUSTER_NAMES[cl[i + 1][1]]);
            }
            if (i > 0 && cl[i - 1] != null && capital) {
                buffer[f++] = hash(41, CLUSTER_NAMES[cl[i - 1][2]]);
            }
            if (i + 1 < n && cl[i + 1] != null && capital) {
                buffer[f++] = hash(42, CLUSTER_NAMES[cl[i + 1][2]]);
            }
            buffer[f++] = hash(45, prev, shortShapes[i], "");
            buffer[f++] = hash(46, shortShapes[i], next, "");
            if (i > 1 && cl[i - 2] != null) {
                buffer[f++] = hash(47, CLUSTER_NAMES[cl[i - 2][1]]);
            }
            if (i + 2 < n && cl[i + 2] != null) {
                buffer[f++] = hash(48, CLUSTER_NAMES[cl[i + 2][1]]);
            }
            features[i] = java.util.Arrays.copyOf(buffer, f);
        }
        return features;
    }

    /** "Putin" → "Xxxxx", "U.S." → "X.X.", "1990s" → "ddddx"; long runs cut at twelve characters. */
    static String shape(String w) {
        int len = Math.min(w.length(), 12);
        char[] c = new char[len];
        for (int k = 0; k < len; k++) {
            char ch = w.charAt(k);
            c[k] = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
                    : Character.isDigit(ch) ? 'd' : Character.isLetter(ch) ? 'x' : ch;
        }
        return new String(c);
    }

    /** The shape with repeated characters collapsed: "Xxxxx" → "Xx", "X.X." → "X.X.". */
    static String shortShape(String shape) {
        StringBuilder b = new StringBuilder(shape.length());
        char last = 0;
        for (int k = 0; k < shape.length(); k++) {
            char ch = shape.charAt(k);
            if (ch != last || (ch != 'x' && ch != 'X' && ch != 'd')) {
                b.append(ch);
            }
            last = ch;
        }
        return b.toString();
    }

    /** Decimal strings of small numbers, so that cluster ids and classes hash without allocating. */
    private static final String[] CLUSTER_NAMES = new String[1024];

    static {
        for (int k = 0; k < CLUSTER_NAMES.length; k++) {
            CLUSTER_NAMES[k] = Integer.toString(k);
        }
    }

    private static final long PRIME = 0x100000001B3L;

    /** FNV-1a over the template number and the value, then a final mix. */
    static long hash(int template, String value) {
        return finish(add(start(template), value, 0, value.length()));
    }

    static long hashRange(int template, String value, int from, int to) {
        return finish(add(start(template), value, from, to));
    }

    /** The hash of {@code a + "|" + b + "|" + c} (without the last "|" when {@code c} is empty), unallocated. */
    static long hash(int template, String a, String b, String c) {
        long h = add(start(template), a, 0, a.length());
        h = (h ^ '|') * PRIME;
        h = add(h, b, 0, b.length());
        if (!c.isEmpty()) {
            h = (h ^ '|') * PRIME;
            h = add(h, c, 0, c.length());
        }
        return finish(h);
    }

    /** The hash of {@code a + b}, unallocated. */
    static long concat(int template, String a, String b) {
        return finish(add(add(start(template), a, 0, a.length()), b, 0, b.length()));
    }

    private static long start(int template) {
        return (0xcbf29ce484222325L ^ (template * PRIME + 31)) * PRIME;
    }

    private static long add(long h, String value, int from, int to) {
        for (int k = from; k < to; k++) {
            h ^= value.charAt(k);
            h *= PRIME;
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
