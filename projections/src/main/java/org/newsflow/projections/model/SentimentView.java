package org.newsflow.projections.model;

/** A score in -1..1 and its label: negative, neutral or positive. */
public record SentimentView(double score, String label) {

    public static SentimentView of(double score) {
        double rounded = Numbers.round(score);
        return new SentimentView(rounded, rounded <= -0.05 ? "negative" : rounded >= 0.05 ? "positive" : "neutral");
    }
}
