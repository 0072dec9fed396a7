package org.newsflow.projections.model;

/** An actor co-mentioned with another in the same paragraphs: weight = such paragraphs, their mean tone. */
public record CoMention(String id, String name, String type, String country, long weight, double avgTone) {
}
