package org.newsflow.projections.model;

/** Mentions of an actor and the mean tone of the paragraphs mentioning it in one hour or day. */
public record TimelineBucket(String start, String end, long mentions, long paragraphs, double avgTone) {
}
