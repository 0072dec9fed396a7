package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence the tagger weighs for each token, as 64-bit hashes of (template, value): the word, its shape,
 * affixes and clusters, the same for its neighbours, its place in the sentence and what the word lists know of
 * it. Training and tagging share this class, so a model and its features cannot drift apart.
 */
final class TokenFeatures {

    /** Decimal strings of small numbers, so that cluster ids and classes hash without allocating. */
    private static final String[] CLUSTER_NAMES = new String[1024];

    static {
        for (int k = 0; k < CLUSTER_NAMES.length; k++) {
            CLUSTER_NAMES[k] = Integer.toString(k);
        }
    }

    /** Templates whose hash depends on one word only, and each one's place in {@code Word.single}. */
    private static final int[] SINGLE_TEMPLATES = {13, 14, 15, 16, 17, 18, 28, 29, 35, 36, 37, 38, 39, 40, 41, 42, 47,
            48, 49, 50};
    private static final int[] SLOT = new int[51];

    static {
        for (int k = 0; k < SINGLE_TEMPLATES.length; k++) {
            SLOT[SINGLE_TEMPLATES[k]] = k;
        }
    }

    /**
     * How far on either side a word is still context: past the two nearest, the words up to here are seen by side
     * only, whatever their distance ("said" three words after a name).
     */
    private static final int WINDOW = 4;

    /** Words whose own evidence is kept for reuse; past this the cache stops growing (outputs are the same). */
    private static final int CACHED_WORDS = 40_000;

    private final Lexicon lexicon;
    private final WordClusters clusters;
    private final Map<String, Word> cache = new ConcurrentHashMap<>();

    Lexicon lexicon() {
        return lexicon;
    }

    TokenFeatures(Lexicon lexicon, WordClusters clusters) {
        this.lexicon = lexicon;
        this.clusters = clusters;
    }

    /**
     * What a token's text alone says, computed once per distinct word: its forms, clusters, word-list classes and
     * the hashes of the features that depend on nothing else ({@link #own}), which lead each token's features.
     */
    static final class Word {
        final String text;
        final String lower;
        final String shortShape;
        final int[] clusters;
        final boolean capital;
        /** Only for capitalised words: common English word, given-name and surname classes, head words. */
        final boolean common;
        final int given;
        final int surname;
        final boolean organisationWord;
        final boolean locationWord;
        /** Hashes of the bias, the word, its lower case, shapes and affixes: the first features of the token. */
        final long[] own;
        /** Hashes of the features this word gives itself or its neighbours, at {@link #slot} of their template. */
        private final long[] single = new long[SINGLE_TEMPLATES.length];

        long single(int template) {
            return single[SLOT[template]];
        }

        private void single(int template, long hash) {
            single[SLOT[template]] = hash;
        }

        private Word(String w, Lexicon lexicon, WordClusters wordClusters) {
            text = w;
            lower = w.toLowerCase(Locale.ROOT);
            String shape = shape(w);
            shortShape = shortShape(shape);
            clusters = wordClusters.of(lower);
            capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            common = capital && lexicon.common(lower);
            given = capital ? lexicon.givenName(w) : 0;
            surname = capital ? lexicon.surname(lower) : 0;
            organisationWord = Lexicon.organisationWord(w);
            locationWord = Lexicon.locationWord(w);
            int affixes = Math.min(4, lower.length());
            own = new long[5 + 2 * affixes];
            int f = 0;
            own[f++] = hash(0, "");
            own[f++] = hash(1, w);
            own[f++] = hash(2, lower);
            own[f++] = hash(3, shape);
            own[f++] = hash(4, shortShape);
            for (int k = 1; k <= affixes; k++) {
                own[f++] = hashRange(4 + k, lower, 0, k);
                own[f++] = hashRange(8 + k, lower, lower.length() - k, lower.length());
            }
            for (int template : new int[] {13, 14, 15, 16, 49, 50}) {
                single(template, hash(template, lower));
            }
            for (int template : new int[] {17, 18, 28, 29}) {
                single(template, hash(template, shortShape));
            }
            if (clusters != null) {
                for (int g = 0; g < clusters.length; g++) {
                    single(35 + g, hash(35 + g, CLUSTER_NAMES[clusters[g]]));
                }
                single(38, hash(38, CLUSTER_NAMES[clusters[1]], shortShape, ""));
                single(39, hash(39, CLUSTER_NAMES[clusters[1]]));
                single(40, hash(40, CLUSTER_NAMES[clusters[1]]));
                single(41, hash(41, CLUSTER_NAMES[clusters[2]]));
                single(42, hash(42, CLUSTER_NAMES[clusters[2]]));
                single(47, hash(47, CLUSTER_NAMES[clusters[1]]));
                single(48, hash(48, CLUSTER_NAMES[clusters[1]]));
            }
            firstShape = concat(22, "F", shortShape);
            innerShape = concat(22, "-", shortShape);
        }

        /** Template 22 (sentence-initial or not, with the short shape). */
        final long firstShape;
        final long innerShape;
    }

    private static final long PREV_START = hash(13, "<s>");
    private static final long NEXT_END = hash(14, "</s>");
    private static final long PREV2_START = hash(15, "<s>");
    private static final long NEXT2_END = hash(16, "</s>");
    private static final long PREV_SHAPE_START = hash(17, "<s>");
    private static final long NEXT_SHAPE_END = hash(18, "</s>");
    /** Template 23 by (sentence-initial, common word). */
    private static final long[] OPENING = {concat(23, "-", "-"), concat(23, "-", "C"), concat(23, "F", "-"),
            concat(23, "F", "C")};
    private static final long[] GIVEN = new long[4];
    private static final long[] SURNAME = new long[4];
    private static final long ORGANISATION_WORD = hash(26, "");
    private static final long LOCATION_WORD = hash(27, "");

    static {
        for (int k = 0; k < 4; k++) {
            GIVEN[k] = hash(24, CLUSTER_NAMES[k]);
            SURNAME[k] = hash(25, CLUSTER_NAMES[k]);
        }
    }

    /** The cached {@link Word} of each token. */
    Word[] words(List<Token> tokens) {
        Word[] words = new Word[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            String text = tokens.get(i).text();
            Word w = cache.get(text);
            if (w == null) {
                w = new Word(text, lexicon, clusters);
                if (cache.size() < CACHED_WORDS) {
                    cache.putIfAbsent(text, w);
                }
            }
            words[i] = w;
        }
        return words;
    }

    /** Features of every token of a sentence. */
    long[][] extract(List<Token> tokens) {
        return extract(tokens, words(tokens), true);
    }

    /**
     * Features of every token of a sentence.
     *
     * @param withOwn false leaves out each word's {@link Word#own} features, for a caller that scores them once
     *                per word; the remaining features keep their order
     */
    long[][] extract(List<Token> tokens, Word[] words, boolean withOwn) {
        int n = tokens.size();
        String[] known = lexicon.knownNames(tokens);
        String[] places = lexicon.places(tokens);
        String[] organisations = lexicon.organisations(tokens);
        long[][] features = new long[n][];
        long[] buffer = new long[64];
        for (int i = 0; i < n; i++) {
            int f = 0;
            Word word = words[i];
            String lw = word.lower;
            String shortShape = word.shortShape;
            if (withOwn) {
                System.arraycopy(word.own, 0, buffer, 0, word.own.length);
                f = word.own.length;
            }
            String prev = i > 0 ? words[i - 1].lower : "<s>";
            String next = i + 1 < n ? words[i + 1].lower : "</s>";
            String prevShape = i > 0 ? words[i - 1].shortShape : "<s>";
            String nextShape = i + 1 < n ? words[i + 1].shortShape : "</s>";
            buffer[f++] = i > 0 ? words[i - 1].single(13) : PREV_START;
            buffer[f++] = i + 1 < n ? words[i + 1].single(14) : NEXT_END;
            buffer[f++] = i > 1 ? words[i - 2].single(15) : PREV2_START;
            buffer[f++] = i + 2 < n ? words[i + 2].single(16) : NEXT2_END;
            buffer[f++] = i > 0 ? words[i - 1].single(17) : PREV_SHAPE_START;
            buffer[f++] = i + 1 < n ? words[i + 1].single(18) : NEXT_SHAPE_END;
            buffer[f++] = hash(19, prevShape, shortShape, nextShape);
            buffer[f++] = hash(20, prev, lw, "");
            buffer[f++] = hash(21, lw, next, "");
            boolean capital = word.capital;
            boolean first = i == 0 || (i == 1 && !tokens.get(0).isWord());
            buffer[f++] = first ? word.firstShape : word.innerShape;
            if (capital) {
                buffer[f++] = OPENING[(first ? 2 : 0) + (word.common ? 1 : 0)];
                buffer[f++] = GIVEN[word.given];
                buffer[f++] = SURNAME[word.surname];
                if (word.organisationWord) {
                    buffer[f++] = ORGANISATION_WORD;
                }
                if (word.locationWord) {
                    buffer[f++] = LOCATION_WORD;
                }
            }
            if (i + 1 < n && words[i + 1].organisationWord) {
                buffer[f++] = word.single(28);
            }
            if (i > 0 && words[i - 1].organisationWord) {
                buffer[f++] = word.single(29);
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
            int[] cl = word.clusters;
            int[] prevCl = i > 0 ? words[i - 1].clusters : null;
            int[] nextCl = i + 1 < n ? words[i + 1].clusters : null;
            if (cl != null) {
                for (int g = 0; g < cl.length; g++) {
                    buffer[f++] = word.single(35 + g);
                }
                buffer[f++] = word.single(38);
            }
            if (prevCl != null) {
                buffer[f++] = words[i - 1].single(39);
            }
            if (nextCl != null) {
                buffer[f++] = words[i + 1].single(40);
            }
            if (prevCl != null && capital) {
                buffer[f++] = words[i - 1].single(41);
            }
            if (nextCl != null && capital) {
                buffer[f++] = words[i + 1].single(42);
            }
            buffer[f++] = hash(45, prev, shortShape, "");
            buffer[f++] = hash(46, shortShape, next, "");
            if (i > 1 && words[i - 2].clusters != null) {
                buffer[f++] = words[i - 2].single(47);
            }
            if (i + 2 < n && words[i + 2].clusters != null) {
                buffer[f++] = words[i + 2].single(48);
            }
            for (int d = 3; d <= WINDOW; d++) {
                if (i >= d) {
                    buffer[f++] = words[i - d].single(49);
                }
                if (i + d < n) {
                    buffer[f++] = words[i + d].single(50);
                }
            }
            features[i] = Arrays.copyOf(buffer, f);
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
