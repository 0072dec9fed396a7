package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.CoMention;
import org.newsflow.projections.model.Graph;
import org.newsflow.projections.model.GraphEdge;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Page;
import org.newsflow.projections.model.SearchHit;
import org.newsflow.projections.model.SearchResult;

/**
 * Combines the partial answers of every instance into one: each instance sends its top {@code offset + limit}
 * under the same total order used here, so the merged page is exactly the page of the whole.
 */
public final class Merge {

    /** Newest first (the times are fixed-width ISO strings), then id. */
    public static final Comparator<ArticleSummary> ARTICLES = Comparator.comparing(ArticleSummary::time,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ArticleSummary::id);
    public static final Comparator<CoMention> CO_MENTIONS = Comparator.comparingLong(CoMention::weight).reversed()
            .thenComparing(CoMention::id);
    public static final Comparator<GraphEdge> EDGES = Comparator.comparingLong(GraphEdge::weight).reversed()
            .thenComparing(GraphEdge::source).thenComparing(GraphEdge::target);
    public static final Comparator<SearchHit> SEARCH_HITS = Comparator.comparingLong(SearchHit::score).reversed()
            .thenComparing(SearchHit::time, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SearchHit::articleId);

    private Merge() {
    }

    public static <T> Page<T> pages(List<Page<T>> parts, Comparator<T> order, int offset, int limit) {
        long total = 0;
        List<T> all = new ArrayList<>();
        for (Page<T> part : parts) {
            total += part.total();
            all.addAll(part.items());
        }
        all.sort(order);
        return Page.of(total, offset, limit, LocalViews.slice(all, offset, limit));
    }

    public static Graph graphs(List<Graph> parts, long minWeight, int offset, int limit) {
        long total = 0;
        List<GraphEdge> edges = new ArrayList<>();
        List<GraphNode> nodes = new ArrayList<>();
        for (Graph part : parts) {
            total += part.total();
            edges.addAll(part.edges());
            nodes.addAll(part.nodes());
        }
        edges.sort(EDGES);
        edges = LocalViews.slice(edges, offset, limit);
        List<String> wanted = edges.stream().flatMap(e -> java.util.stream.Stream.of(e.source(), e.target()))
                .toList();
        return new Graph(minWeight, total, offset, limit,
                nodes(nodes.stream().filter(n -> wanted.contains(n.id())).toList()), edges);
    }

    /** One node per id, in id order; where instances disagree on a name, the smallest wins, for determinism. */
    public static List<GraphNode> nodes(List<GraphNode> candidates) {
        Map<String, GraphNode> byId = new TreeMap<>();
        Comparator<GraphNode> pick = Comparator.comparing(GraphNode::name, Comparator.nullsLast(String::compareTo))
                .thenComparing(GraphNode::type, Comparator.nullsLast(String::compareTo))
                .thenComparing(GraphNode::country, Comparator.nullsLast(String::compareTo));
        for (GraphNode n : candidates) {
            if (n != null) {
                byId.merge(n.id(), n, (a, b) -> pick.compare(a, b) <= 0 ? a : b);
            }
        }
        return List.copyOf(byId.values());
    }

    public static SearchResult searches(List<SearchResult> parts, String query, List<String> terms, int offset,
                                        int limit) {
        long total = 0;
        List<SearchHit> hits = new ArrayList<>();
        for (SearchResult part : parts) {
            total += part.total();
            hits.addAll(part.hits());
        }
        hits.sort(SEARCH_HITS);
        List<SearchHit> page = LocalViews.slice(hits, offset, limit);
        Integer next = offset + page.size() < total && page.size() == limit ? offset + page.size() : null;
        return new SearchResult(query, terms, total, offset, limit, next, page);
    }
}
