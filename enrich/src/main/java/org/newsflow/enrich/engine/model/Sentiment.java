package org.newsflow.enrich.engine.model;

/** A score in -1..1 and its three-way label. */
public record Sentiment(double score, SentimentLabel label) {

    public static final Sentiment NEUTRAL = new Sentiment(0.0, SentimentLabel.NEUTRAL);
}
