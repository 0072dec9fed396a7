package org.newsflow.projections.model;

/** A quoted span of a paragraph and its speaker's actor id (null when the text does not say). */
public record QuoteView(int start, int end, String text, String speaker) {
}
