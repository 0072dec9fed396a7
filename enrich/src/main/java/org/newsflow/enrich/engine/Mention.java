package org.newsflow.enrich.engine;

/** One reference to an actor: {@code text} is {@code paragraph.substring(start, end)} of the original paragraph. */
public record Mention(int start, int end, String text, MentionKind kind) {
}
