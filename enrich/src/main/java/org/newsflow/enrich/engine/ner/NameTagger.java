package org.newsflow.enrich.engine.ner;

import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.engine.nlp.Token;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A statistical name tagger: an averaged perceptron over {@link TokenFeatures} with first-order BIO Viterbi
 * decoding, trained on hand-labelled English ({@code NerTrainer}). It proposes the names of a sentence and their
 * types; the resolver links them to identities. Immutable after loading and thread-safe.
 */
public final class NameTagger {

    /** Version of the bundled model; part of the engine's version. */
    public static final String MODEL = "name-tagger-3.bin.gz";
    private static final String FOLDER = "/org/newsflow/enrich/ner/";
    private static final int MAGIC = 0x4E455231;
    private static final int CACHED_WORDS = 60_000;

    private final TokenFeatures features;
    private final EmissionWeights weights;
    private final float[] transitions;
    private final float[] start;
    /** Scores of the words' own features, by word; bounded, and the same with or without it. */
    private final Map<String, float[]> ownScores = new ConcurrentHashMap<>();

    NameTagger(TokenFeatures features, EmissionWeights weights, float[] transitions, float[] start) {
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
        this.start = start;
    }

    /** The bundled model with the bundled word lists and the given knowledge base as evidence. */
    public static NameTagger bundled(KnowledgeBase kb) {
        TokenFeatures features = new TokenFeatures(Lexicon.bundled(kb), WordClusters.bundled());
        try (InputStream in = resource(MODEL)) {
            return read(features, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name tagger model " + MODEL, e);
        }
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = NameTagger.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing bundled resource " + FOLDER + name);
        }
        return in;
    }

    /** Whether the 1990 U.S. census lists this word as a surname (one of the tagger's word lists). */
    public boolean censusSurname(String word) {
        return features.lexicon().surname(word.toLowerCase(Locale.ROOT)) > 0;
    }

    /** Whether the word is one of the thousand most frequent surnames of the U.S. census ("Brown", "Wagner"). */
    public boolean frequentSurname(String word) {
        return features.lexicon().surname(word.toLowerCase(Locale.ROOT)) == 3;
    }

    /**
     * The names of a sentence, in order. A capitalised word right before an opening quotation mark ('Gorsuch
     * "deserves to be confirmed"') is also read with that mark left out: the training text quotes the titles of
     * works after the words that introduce them, so the mark alone turned the name before it into no name.
     */
    public List<TaggedName> tag(List<Token> tokens) {
        List<TaggedName> names = tagAsWritten(tokens);
        List<Integer> quotes = openingQuotesAfterCapitals(tokens);
        if (quotes.isEmpty()) {
            return names;
        }
        List<Token> without = new ArrayList<>(tokens);
        for (int k = quotes.size() - 1; k >= 0; k--) {
            without.remove((int) quotes.get(k));
        }
        List<TaggedName> merged = new ArrayList<>(names);
        for (TaggedName n : tagAsWritten(without)) {
            int from = n.from() + removedBefore(quotes, n.from());
            int to = n.to() + removedBefore(quotes, n.to() - 1);
            if (quotes.contains(to) && merged.stream().noneMatch(m -> m.from() < to && from < m.to())) {
                merged.add(new TaggedName(from, to, n.type(), n.margin()));
            }
        }
        merged.sort(Comparator.comparingInt(TaggedName::from));
        return merged;
    }

    /** Positions of quotation marks that open a quote (after a space, before a word) right after a capital. */
    private static List<Integer> openingQuotesAfterCapitals(List<Token> tokens) {
        List<Integer> quotes = new ArrayList<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token mark = tokens.get(k);
            if (mark.text().equals("\"") && tokens.get(k - 1).isCapitalized() && tokens.get(k - 1).end() < mark.start()
                    && tokens.get(k + 1).start() == mark.end()) {
                quotes.add(k);
            }
        }
        return quotes;
    }

    /** How many of the removed positions lie at or before the original position of reduced index {@code i}. */
    private static int removedBefore(List<Integer> removed, int i) {
        int shift = 0;
        for (int r : removed) {
            if (r <= i + shift) {
                shift++;
            }
        }
        return shift;
    }

    private List<TaggedName> tagAsWritten(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        TokenFeatures.Word[] words = features.words(tokens);
        float[][] emissions = emissions(words, features.extract(tokens, words, false));
        int[] labels = Viterbi.decode(emissions, transitions, start);
        List<TaggedName> names = new ArrayList<>();
        int t = 0;
        while (t < labels.length) {
            if (labels[t] == Labels.O) {
                t++;
                continue;
            }
            NameType type = Labels.type(labels[t]);
            int end = t + 1;
            while (end < labels.length && labels[end] == Labels.inside(type)) {
                end++;
            }
            float chosen = emissions[t][labels[t]];
            float other = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < Labels.COUNT; y++) {
                if (y != labels[t] && Labels.allowed(-1, y)) {
                    other = Math.max(other, emissions[t][y]);
                }
            }
            names.add(new TaggedName(t, end, type, chosen - other));
            t = end;
        }
        return names;
    }

    /**
     * Each token's label scores: its word's own features (scored once per word and kept: they lead the token's
     * features, so the sums are the same to the last bit) plus the features of its context.
     */
    private float[][] emissions(TokenFeatures.Word[] words, long[][] context) {
        float[][] scores = new float[context.length][];
        for (int t = 0; t < context.length; t++) {
            float[] row = ownScores(words[t]).clone();
            for (long h : context[t]) {
                weights.addTo(h, row);
            }
            scores[t] = row;
        }
        return scores;
    }

    private float[] ownScores(TokenFeatures.Word word) {
        float[] row = ownScores.get(word.text);
        if (row == null) {
            row = new float[Labels.COUNT];
            for (long h : word.own) {
                weights.addTo(h, row);
            }
            if (ownScores.size() < CACHED_WORDS) {
                ownScores.putIfAbsent(word.text, row);
            }
        }
        return row;
    }

    /** Features with a weight other than zero. */
    int features() {
        return weights.size();
    }

    TokenFeatures featureExtractor() {
        return features;
    }

    /** Writes the model: header, transitions, then each feature's hash and its 16-bit quantised weights. */
    void write(OutputStream out) throws IOException {
        int l = Labels.COUNT;
        long[] keys = new long[weights.size()];
        int[] n = {0};
        weights.forEachKey(k -> keys[n[0]++] = k);
        java.util.Arrays.sort(keys); // the same model gives the same bytes
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(l);
        for (float v : transitions) {
            d.writeFloat(v);
        }
        for (float v : start) {
            d.writeFloat(v);
        }
        d.writeFloat(weights.scale());
        d.writeInt(keys.length);
        for (long k : keys) {
            d.writeLong(k);
        }
        for (long k : keys) {
            for (int y = 0; y < l; y++) {
                d.writeShort(weights.weight(k, y));
            }
        }
        d.flush();
        gz.finish();
    }

    static NameTagger read(TokenFeatures features, InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a name tagger model");
        }
        int l = d.readInt();
        if (l != Labels.COUNT) {
            throw new IOException("model has " + l + " labels, expected " + Labels.COUNT);
        }
        float[] transitions = new float[l * l];
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] = d.readFloat();
        }
        float[] start = new float[l];
        for (int k = 0; k < l; k++) {
            start[k] = d.readFloat();
        }
        float scale = d.readFloat();
        int n = d.readInt();
        long[] keys = new long[n];
        for (int f = 0; f < n; f++) {
            keys[f] = d.readLong();
        }
        short[] weights = new short[n * l];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = d.readShort();
        }
        return new NameTagger(features, EmissionWeights.of(keys, weights, scale), transitions, start);
    }
}
