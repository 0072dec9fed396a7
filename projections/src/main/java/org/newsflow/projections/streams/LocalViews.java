package org.newsflow.projections.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsflow.projections.model.ActorNetwork;
import org.newsflow.projections.model.ActorQuote;
import org.newsflow.projections.model.ActorSummary;
import org.newsflow.projections.model.ActorView;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.ArticleView;
import org.newsflow.projections.model.CoMention;
import org.newsflow.projections.model.Graph;
import org.newsflow.projections.model.GraphEdge;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Numbers;
import org.newsflow.projections.model.Page;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.model.SearchHit;
import org.newsflow.projections.model.SearchParagraph;
import org.newsflow.projections.model.SearchResult;
import org.newsflow.projections.model.Timeline;
import org.newsflow.projections.model.TimelineBucket;

/**
 * The views as this instance's stores hold them. Key lookups answer for keys whose partition is local; lists
 * answer over the local partitions only, in the same order {@link Merge} uses to combine instances.
 */
public final class LocalViews {

    public static final int TOP_CO_MENTIONS = 10;
    public static final int LATEST_QUOTES = 10;
    public static final int SEARCH_PARAGRAPHS_PER_HIT = 3;
    public static final int SNIPPET_CHARS = 240;
    /** Most postings read per query term: bounds the work of a query on a very common word. */
    public static final int MAX_POSTINGS_PER_TERM = 200_000;

    private static final StringSerializer KEYS = new StringSerializer();

    private final StoreAccess stores;

    public LocalViews(StoreAccess stores) {
        this.stores = stores;
    }

    public Optional<ArticleView> article(String id) {
        ArticleState state = stores.<ArticleState>keyValue(StoreNames.ARTICLES).get(id);
        if (state == null) {
            return Optional.empty();
        }
        List<ParagraphView> paragraphs = new ArrayList<>();
        try (KeyValueIterator<String, ParagraphState> it = stores.<ParagraphState>keyValue(
                StoreNames.ARTICLE_PARAGRAPHS).prefixScan(Keys.prefix(id), KEYS)) {
            it.forEachRemaining(kv -> paragraphs.add(kv.value.view()));
        }
        return Optional.of(state.view(paragraphs));
    }

    /** Newest first; {@code total} is exact (the per-partition article counters). */
    public Page<ArticleSummary> articles(int offset, int limit) {
        List<ArticleSummary> candidates = new ArrayList<>();
        for (ReadOnlyKeyValueStore<String, ArticleSummary> partition :
                stores.<ArticleSummary>articlePartitions(StoreNames.ARTICLE_INDEX)) {
            // each partition in key order (newest first): its first offset + limit can hold the whole page
            try (KeyValueIterator<String, ArticleSummary> it = partition.all()) {
                for (int n = 0; it.hasNext() && n < offset + limit; n++) {
                    candidates.add(it.next().value);
                }
            }
        }
        candidates.sort(Merge.ARTICLES);
        return Page.of(count(StoreNames.COUNT_ARTICLES), offset, limit, slice(candidates, offset, limit));
    }

    /** Dead letters per rejecting stage, over the local partitions. */
    public Map<String, Long> deadLetterCounts() {
        Map<String, Long> out = new TreeMap<>();
        try (KeyValueIterator<String, Long> it = stores.<Long>keyValue(StoreNames.DEAD_LETTER_COUNTS).all()) {
            it.forEachRemaining(kv -> out.merge(kv.key, kv.value, Long::sum));
        }
        return out;
    }

    /** Sum of a counter over the local partitions. */
    public long count(String counter) {
        long total = 0;
        try (KeyValueIterator<String, Long> it =
                     stores.<Long>keyValue(StoreNames.ARTICLE_STATS).prefixScan(Keys.prefix(counter), KEYS)) {
            while (it.hasNext()) {
                total += it.next().value;
            }
        }
        return total;
    }

    public Optional<ActorView> actor(String id) {
        ActorAggregate a = stores.<ActorAggregate>keyValue(StoreNames.ACTORS).get(id);
        if (a == null) {
            return Optional.empty();
        }
        ReadOnlyKeyValueStore<String, Integer> articles = stores.keyValue(StoreNames.ACTOR_ARTICLES);
        String firstSeen = firstKeyTime(articles.range(Keys.prefix(id), Keys.prefixEnd(id)));
        String lastSeen = firstKeyTime(articles.reverseRange(Keys.prefix(id), Keys.prefixEnd(id)));
        List<CoMention> top = neighbours(id, 0, TOP_CO_MENTIONS).items();
        List<ActorQuote> quotes = new ArrayList<>();
        try (KeyValueIterator<String, ActorQuote> it = stores.<ActorQuote>keyValue(StoreNames.ACTOR_QUOTES)
                .reverseRange(Keys.prefix(id), Keys.prefixEnd(id))) {
            while (it.hasNext() && quotes.size() < LATEST_QUOTES) {
                quotes.add(it.next().value);
            }
        }
        return Optional.of(new ActorView(a.actorId(), a.name(), a.type(), a.country(), a.role(), a.wikidata(), a.mentions(),
                a.paragraphs(), a.articles(), a.avgTone(), a.avgSentiment(), firstSeen, lastSeen, top, quotes));
    }

    private static String firstKeyTime(KeyValueIterator<String, Integer> it) {
        try (it) {
            return it.hasNext() ? Numbers.iso(Long.parseLong(Keys.split(it.next().key)[1])) : null;
        }
    }

    /** The top {@code offset + limit} actors of the local partitions, by {@code sort}. */
    public Page<ActorSummary> actors(ActorSort sort, boolean ascending, long minMentions, int offset, int limit) {
        Comparator<ActorSummary> order = sort.comparator(ascending);
        PriorityQueue<ActorSummary> top = new PriorityQueue<>(order.reversed());
        long total = 0;
        try (KeyValueIterator<String, ActorAggregate> it =
                     stores.<ActorAggregate>keyValue(StoreNames.ACTORS).all()) {
            while (it.hasNext()) {
                ActorAggregate a = it.next().value;
                if (a.mentions() < minMentions) {
                    continue;
                }
                total++;
                top.add(a.summary());
                if (top.size() > offset + limit) {
                    top.poll();
                }
            }
        }
        List<ActorSummary> sorted = top.stream().sorted(order).toList();
        return Page.of(total, offset, limit, sorted.subList(Math.min(offset, sorted.size()), sorted.size()));
    }

    public Optional<Timeline> timeline(String id, Interval interval, Long from, Long to, int offset, int limit) {
        if (stores.<ActorAggregate>keyValue(StoreNames.ACTORS).get(id) == null) {
            return Optional.empty();
        }
        ReadOnlyWindowStore<String, TimelineAggregate> store = stores.window(interval.store());
        List<TimelineBucket> buckets = new ArrayList<>();
        long total = 0;
        long size = interval.size().toMillis();
        try (WindowStoreIterator<TimelineAggregate> it = store.fetch(id,
                Instant.ofEpochMilli(from == null ? 0 : from), Instant.ofEpochMilli(to == null ? Long.MAX_VALUE : to))) {
            while (it.hasNext()) {
                KeyValue<Long, TimelineAggregate> kv = it.next();
                if (total++ >= offset && buckets.size() < limit) {
                    TimelineAggregate t = kv.value;
                    buckets.add(new TimelineBucket(Numbers.iso(kv.key), Numbers.iso(kv.key + size), t.mentions(),
                            t.paragraphs(), Numbers.mean(t.toneMicro(), t.paragraphs()),
                            Numbers.mean(t.sentimentMicro(), t.paragraphs())));
                }
            }
        }
        return Optional.of(new Timeline(id, interval.label(), Numbers.iso(from), Numbers.iso(to), total, offset,
                limit, buckets));
    }

    public Optional<ActorNetwork> network(String id, int offset, int limit) {
        ActorAggregate a = stores.<ActorAggregate>keyValue(StoreNames.ACTORS).get(id);
        if (a == null) {
            return Optional.empty();
        }
        Page<CoMention> page = neighbours(id, offset, limit);
        return Optional.of(new ActorNetwork(id, a.name(), page.total(), offset, limit, page.items()));
    }

    private Page<CoMention> neighbours(String id, int offset, int limit) {
        List<CoMention> all = new ArrayList<>();
        try (KeyValueIterator<String, EdgeAggregate> it = stores.<EdgeAggregate>keyValue(StoreNames.NETWORK)
                .prefixScan(Keys.prefix(id), KEYS)) {
            it.forEachRemaining(kv -> all.add(kv.value.coMention()));
        }
        all.sort(Merge.CO_MENTIONS);
        return Page.of(all.size(), offset, limit, slice(all, offset, limit));
    }

    /** The local edges at or above {@code minWeight} (each once: from its smaller actor id), heaviest first. */
    public Graph graph(long minWeight, int offset, int limit) {
        ReadOnlyKeyValueStore<String, ActorAggregate> actors = stores.keyValue(StoreNames.ACTORS);
        PriorityQueue<GraphEdge> top = new PriorityQueue<>(Merge.EDGES.reversed());
        Map<String, GraphNode> targets = new HashMap<>();
        long total = 0;
        try (KeyValueIterator<String, EdgeAggregate> it =
                     stores.<EdgeAggregate>keyValue(StoreNames.NETWORK).all()) {
            while (it.hasNext()) {
                EdgeAggregate e = it.next().value;
                if (e.weight() < minWeight || e.actorId().compareTo(e.otherId()) >= 0) {
                    continue;
                }
                total++;
                GraphEdge edge = new GraphEdge(e.actorId(), e.otherId(), e.weight(), e.avgTone());
                top.add(edge);
                targets.put(e.actorId() + Keys.SEP + e.otherId(),
                        new GraphNode(e.otherId(), e.otherName(), e.otherType(), e.otherCountry()));
                if (top.size() > offset + limit) {
                    GraphEdge dropped = top.poll();
                    targets.remove(dropped.source() + Keys.SEP + dropped.target());
                }
            }
        }
        List<GraphEdge> edges = top.stream().sorted(Merge.EDGES).toList();
        edges = slice(edges, offset, limit);
        List<GraphNode> nodes = new ArrayList<>();
        for (GraphEdge edge : edges) {
            ActorAggregate source = actors.get(edge.source());
            nodes.add(source == null ? new GraphNode(edge.source(), null, null, null)
                    : new GraphNode(source.actorId(), source.name(), source.type(), source.country()));
            nodes.add(targets.get(edge.source() + Keys.SEP + edge.target()));
        }
        return new Graph(minWeight, total, offset, limit, Merge.nodes(nodes), edges);
    }

    /**
     * Articles holding every term (in a paragraph or the title), scored by the terms' frequencies; the top
     * {@code offset + limit} of the local partitions.
     */
    public SearchResult search(String query, List<String> terms, int offset, int limit) {
        ReadOnlyKeyValueStore<String, Posting> index = stores.keyValue(StoreNames.SEARCH_INDEX);
        // articleId -> paragraph index -> per-term frequencies; and each article's event time
        Map<String, Map<Integer, int[]>> matches = null;
        Map<String, Long> times = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            Map<String, Map<Integer, int[]>> found = new HashMap<>();
            int read = 0;
            try (KeyValueIterator<String, Posting> it = index.prefixScan(Keys.prefix(terms.get(t)), KEYS)) {
                while (it.hasNext() && read++ < MAX_POSTINGS_PER_TERM) {
                    KeyValue<String, Posting> kv = it.next();
                    String[] parts = Keys.split(kv.key);
                    String article = parts[1];
                    if (matches != null && !matches.containsKey(article)) {
                        continue;
                    }
                    Map<Integer, int[]> paragraphs = found.get(article);
                    if (paragraphs == null) {
                        paragraphs = matches == null ? new HashMap<>() : matches.get(article);
                        found.put(article, paragraphs);
                        times.put(article, kv.value.time());
                    }
                    paragraphs.computeIfAbsent(Integer.parseInt(parts[2]), i -> new int[terms.size()])[t]
                            += kv.value.frequency();
                }
            }
            matches = found;
            if (matches.isEmpty()) {
                break;
            }
        }
        PriorityQueue<SearchHit> top = new PriorityQueue<>(Merge.SEARCH_HITS.reversed());
        long total = 0;
        for (Map.Entry<String, Map<Integer, int[]>> match : (matches == null ? Map.<String, Map<Integer, int[]>>of()
                : matches).entrySet()) {
            if (!holdsEveryTerm(match.getValue(), terms.size())) {
                continue;
            }
            long score = match.getValue().values().stream().flatMapToInt(java.util.Arrays::stream).sum();
            total++;
            top.add(new SearchHit(match.getKey(), null, null, Numbers.iso(times.get(match.getKey())), score,
                    List.of()));
            if (top.size() > offset + limit) {
                top.poll();
            }
        }
        // only the page's articles are read from the stores
        ReadOnlyKeyValueStore<String, ArticleState> articles = stores.keyValue(StoreNames.ARTICLES);
        ReadOnlyKeyValueStore<String, ParagraphState> paragraphs = stores.keyValue(StoreNames.ARTICLE_PARAGRAPHS);
        Map<String, Map<Integer, int[]>> matched = matches;
        List<SearchHit> ranked = slice(top.stream().sorted(Merge.SEARCH_HITS).toList(), offset, limit).stream()
                .map(h -> {
                    ArticleState state = articles.get(h.articleId());
                    return new SearchHit(h.articleId(), state == null ? null : state.title,
                            state == null ? null : state.source, h.time(), h.score(),
                            bestParagraphs(h.articleId(), matched.get(h.articleId()), paragraphs));
                })
                .toList();
        Integer next = offset + ranked.size() < total && ranked.size() == limit ? offset + ranked.size() : null;
        return new SearchResult(query, terms, total, offset, limit, next, ranked);
    }

    private static boolean holdsEveryTerm(Map<Integer, int[]> paragraphs, int terms) {
        boolean[] seen = new boolean[terms];
        paragraphs.values().forEach(tf -> {
            for (int i = 0; i < terms; i++) {
                seen[i] |= tf[i] > 0;
            }
        });
        for (boolean s : seen) {
            if (!s) {
                return false;
            }
        }
        return true;
    }

    private static List<SearchParagraph> bestParagraphs(String articleId, Map<Integer, int[]> matched,
                                                        ReadOnlyKeyValueStore<String, ParagraphState> store) {
        List<SearchParagraph> out = new ArrayList<>();
        matched.forEach((index, tf) -> {
            if (index == 0) {
                return; // the title
            }
            int terms = (int) java.util.Arrays.stream(tf).filter(f -> f > 0).count();
            long score = java.util.Arrays.stream(tf).sum();
            ParagraphState p = store.get(Keys.of(articleId, Keys.index(index)));
            String text = p == null ? "" : p.view().text();
            out.add(new SearchParagraph(index, terms, score,
                    text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…"));
        });
        out.sort(Comparator.comparingInt(SearchParagraph::matchedTerms).reversed()
                .thenComparing(Comparator.comparingLong(SearchParagraph::score).reversed())
                .thenComparingInt(SearchParagraph::index));
        return out.size() <= SEARCH_PARAGRAPHS_PER_HIT ? out : List.copyOf(out.subList(0, SEARCH_PARAGRAPHS_PER_HIT));
    }

    static <T> List<T> slice(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList(offset, Math.min(all.size(), offset + limit)));
    }
}
