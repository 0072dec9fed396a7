package org.newsflow.projections.model;

/**
 * Mentions of an actor in one hour or day, the mean tone of the paragraphs mentioning it (GDELT scale: percent of
 * positive minus negative words) and its mean sentiment there (how those paragraphs portray the actor, -1..1).
 */
public record TimelineBucket(String start, String end, long mentions, long paragraphs, double avgTone,
                             double avgSentiment) {
}
