package org.newsflow.enrich.engine;

/** A quoted span including its quotation marks; {@code speaker} is an actorId or null when the text does not say. */
public record Quote(int start, int end, String text, String speaker) {
}
