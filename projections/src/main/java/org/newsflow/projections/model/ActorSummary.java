package org.newsflow.projections.model;

/** One line of the actor ranking. */
public record ActorSummary(String id, String name, String type, String country, String role, String wikidata, long mentions,
                           long paragraphs, long articles, double avgTone, double avgSentiment) {
}
