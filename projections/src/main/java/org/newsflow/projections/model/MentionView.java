package org.newsflow.projections.model;

/** One mention: String offsets into the paragraph text (end exclusive) and how it refers to the actor. */
public record MentionView(int start, int end, String text, String kind) {
}
