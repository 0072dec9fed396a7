package org.newsflow.projections.model;

/** An undirected co-mention edge, {@code source < target}: weight = paragraphs mentioning both, their mean tone. */
public record GraphEdge(String source, String target, long weight, double avgTone) {
}
