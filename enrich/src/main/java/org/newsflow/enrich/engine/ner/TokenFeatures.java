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
        int[][] cl = new int[n][];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).text();
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shapes[i] = shape(words[i]);
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
            buffer[f++] = hash(4, shortShape(shape));
            for (int k = 1; k <= 4 && k <= lw.length(); k++) {
                buffer[f++] = hash(4 + k, lw.substring(0, k));
                buffer[f++] = hash(8 + k, lw.substring(lw.length() - k));
            }
            String prev = i > 0 ? lower[i - 1] : "<s>";
            String prev2 = i > 1 ? lower[i - 2] : "<s>";
            String next = i + 1 < n ? lower[i + 1] : "</s>";
            String next2 = i + 2 < n ? lower[i + 2] : "</s>";
            String prevShape = i > 0 ? shortShape(shapes[i - 1]) : "<s>";
            String nextShape = i + 1 < n ? shortShape(shapes[i + 1]) : "</s>";
            buffer[f++] = hash(13, prev);
            buffer[f++] = hash(14, next);
            buffer[f++] = hash(15, prev2);
            buffer[f++] = hash(16, next2);
            buffer[f++] = hash(17, prevShape);
            buffer[f++] = hash(18, nextShape);
            buffer[f++] = hash(19, prevShape + "|" + shortShape(shape) + "|" + nextShape);
            buffer[f++] = hash(20, prev + "|" + lw);
            buffer[f++] = hash(21, lw + "|" + next);
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            boolean first = i == 0 || (i == 1 && !tokens.get(0).isWord());
            buffer[f++] = hash(22, (first ? "F" : "-") + shortShape(shape));
            if (capital) {
                buffer[f++] = hash(23, (first ? "F" : "-") + (lexicon.common(lw) ? "C" : "-"));
                buffer[f++] = hash(24, Integer.toString(lexicon.givenName(w)));
                buffer[f++] = hash(25, Integer.toString(lexicon.surname(lw)));
                if (Lexicon.organisationWord(w)) {
                    buffer[f++] = hash(26, "");
                }
                if (Lexicon.locationWord(w)) {
                    buffer[f++] = hash(27, "");
                }
            }
            if (i + 1 < n && Lexicon.organisationWord(words[i + 1])) {
                buffer[f++] = hash(28, shortShape(shape));
            }
            if (i > 0 && Lexicon.organisationWord(words[i - 1])) {
                buffer[f++] = hash(29, shortShape(shape));
            }
            if (known[i] != null) {
                buffer[f++] = hash(30, known[i]);
                buffer[f++] = hash(31, known[i] + "|" + prev);
            }
            if (places[i] != null) {
                buffer[f++] = hash(32, places[i]);
            }
            if (organisations[i] != null) {
                buffer[f++] = hash(43, organisations[i]);
                buffer[f++] = hash(44, organisations[i] + (first ? "F" : "-"));
            }
            if (i > 0 && known[i - 1] != null) {
                buffer[f++] = hash(33, known[i - 1]);
            }
            if (i + 1 < n && known[i + 1] != null) {
                buffer[f++] = hash(34, known[i + 1]);
            }
            if (cl[i] != null) {
                for (int g = 0; g < cl[i].length; g++) {
                    buffer[f++] = hash(35 + g, Integer.toString(cl[i][g]));
                }
                buffer[f++] = hash(38, cl[i][1] + "|" + shortShape(shape));
            }
            if (i > 0 && cl[i - 1] != null) {
                buffer[f++] = hash(39, Integer.toString(cl[i - 1][1]));
            }
            if (i + 1 < n && cl[i + 1] != null) {
                buffer[f++] = hash(40, Integer.toString(cl[i + 1][1]));
            }
            if (i > 0 && cl[i - 1] != null && capital) {
                buffer[f++] = hash(41, Integer.toString(cl[i - 1][2]));
            }
            if (i + 1 < n && cl[i + 1] != null && capital) {
                buffer[f++] = hash(42, Integer.toString(cl[i + 1][2]));
            }
            buffer[f++] = hash(45, prev + "|" + shortShape(shape));
            buffer[f++] = hash(46, shortShape(shape) + "|" + next);
            if (i > 1 && cl[i - 2] != null) {
                buffer[f++] = hash(47, Integer.toString(cl[i - 2][1]));
            }
            if (i + 2 < n && cl[i + 2] != null) {
                buffer[f++] = hash(48, Integer.toString(cl[i + 2][1]));
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

    /** FNV-1a over the template number and the value, then a final mix. */
    static long hash(int template, String value) {
        long h = 0xcbf29ce484222325L ^ (template * 0x100000001B3L + 31);
        h *= 0x100000001B3L;
        for (int k = 0; k < value.length(); k++) {
            h ^= value.charAt(k);
            h *= 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
