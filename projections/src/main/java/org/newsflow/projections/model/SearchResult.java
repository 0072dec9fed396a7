package org.newsflow.projections.model;

import java.util.List;

/** The articles matching every term of a query, best first; terms as the index saw them. */
public record SearchResult(String query, List<String> terms, long total, int offset, int limit, Integer next,
                           List<SearchHit> hits) {
}
