package org.newsflow.enrich.engine.nlp;

import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * A sentence of a paragraph with its tokens. Part-of-speech tags (Universal Dependencies tag set: PROPN, NOUN,
 * VERB, ADJ...) are computed on first use only, because most sentences never need them and tagging is the most
 * expensive step of the pipeline.
 */
public final class Sentence {

    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final BitSet breaks;
    private final Function<String[], String[]> tagger;
    private String[] tags;

    Sentence(int start, int end, List<Token> tokens, BitSet breaks, Function<String[], String[]> tagger) {
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.breaks = breaks;
        this.tagger = tagger;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /**
     * Whether a dash or a line break stands between token {@code i} and the one before it, where the
     * normalised text has only a space: "Blair \u2014 Bow Group" holds no name across it.
     */
    public boolean breakBefore(int i) {
        return breaks.get(i);
    }

    /** Tag of token {@code i}; tags the whole sentence the first time it is asked. */
    public String tag(int i) {
        if (tags == null) {
            String[] words = new String[tokens.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = tokens.get(k).text();
            }
            tags = words.length == 0 ? new String[0] : tagger.apply(words);
        }
        return tags[i];
    }

    public boolean tagged() {
        return tags != null;
    }
}
