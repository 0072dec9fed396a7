package org.newsflow.projections.model;

/** A quote by an actor, where it appeared. */
public record ActorQuote(String text, String articleId, int paragraph, String time) {
}
