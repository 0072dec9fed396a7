package org.newsflow.projections.streams;

import org.newsflow.projections.model.ParagraphView;

/** A stored paragraph of an article's current revision, with the event id that delivered it. */
public record ParagraphState(String eventId, String revision, ParagraphView view) {
}
