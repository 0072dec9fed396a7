package org.newsflow.enrich.engine.model;

/**
 * A quotation: offsets and text of what is inside the quotation marks; {@code speaker} is an actorId, or null when
 * the text does not say who spoke.
 */
public record Quote(int start, int end, String text, String speaker) {
}
