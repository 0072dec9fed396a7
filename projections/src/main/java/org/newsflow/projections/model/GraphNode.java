package org.newsflow.projections.model;

/** A node of the co-mention graph. */
public record GraphNode(String id, String name, String type, String country) {
}
