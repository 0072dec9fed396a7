package org.newsflow.projections.model;

import java.util.List;

/** One page of the co-mention graph's edges at or above {@code minWeight}, heaviest first, and their nodes. */
public record Graph(long minWeight, long total, int offset, int limit, List<GraphNode> nodes,
                    List<GraphEdge> edges) {
}
