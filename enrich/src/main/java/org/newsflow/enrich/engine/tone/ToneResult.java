package org.newsflow.enrich.engine.tone;

import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.Tone;

/** A paragraph's tone vector and sentiment, plus each sentence's score for per-actor sentiment. */
public record ToneResult(Tone tone, Sentiment sentiment, double[] sentenceScores) {
}
