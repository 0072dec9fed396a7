package org.newsflow.enrich.engine.model;

/** One reference to an actor: {@code text} is {@code paragraph.substring(start, end)} of the original paragraph. */
public record Mention(int start, int end, String text, MentionKind kind) {
}
