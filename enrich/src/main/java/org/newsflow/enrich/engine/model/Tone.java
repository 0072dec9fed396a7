package org.newsflow.enrich.engine.model;

/**
 * GDELT-style tone vector: percentages of the words that carry positive or negative weight.
 * {@code tone = positive - negative}, {@code polarity = positive + negative}.
 */
public record Tone(double tone, double positive, double negative, double polarity, int wordCount) {

    public static final Tone EMPTY = new Tone(0, 0, 0, 0, 0);
}
