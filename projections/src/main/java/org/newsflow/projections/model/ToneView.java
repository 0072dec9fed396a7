package org.newsflow.projections.model;

/** GDELT-style tone: tone = positive - negative (percent of words), polarity = positive + negative. */
public record ToneView(double tone, double positive, double negative, double polarity, int wordCount) {
}
