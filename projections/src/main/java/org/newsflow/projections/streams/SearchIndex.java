package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.projections.model.ParagraphActorView;
import org.newsflow.projections.model.ParagraphView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inverted index of one article partition (term \0 articleId \0 paragraph → {@link Posting}), kept in a store
 * without a changelog. It holds nothing the paragraph and article stores do not: a paragraph's postings follow from
 * its text and actors, the title's from the article's indexed title. Backing it up would cost one changelog record
 * per term per paragraph, most of the projections' writes; instead a store that does not match the backed-up stores
 * is rebuilt from them when the task starts.
 *
 * <p>Whether it matches is told by a generation number kept twice: in the (backed-up) counter store and under a key
 * of the index itself. A task instance takes the next generation before its first change to the index, so a copy
 * of the index left behind by an earlier owner of the partition, or one wiped after a crash, carries another
 * generation than the restored counter store and is rebuilt; an index closed cleanly with its stores matches them.
 */
final class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /** Holds the generation; no term is empty, so no term's prefix scan reaches it. */
    static final String GENERATION_KEY = Keys.SEP + "generation";
    /** The counter-store entry holding the generation of a partition's index. */
    static final String GENERATION_COUNTER = "search-index-generation";

    private final KeyValueStore<String, Posting> postings;
    private final KeyValueStore<String, Long> counters;
    private final int partition;
    private final String counterKey;
    private boolean generationTaken;

    SearchIndex(KeyValueStore<String, Posting> postings, KeyValueStore<String, Long> counters, int partition) {
        this.postings = postings;
        this.counters = counters;
        this.partition = partition;
        this.counterKey = Keys.of(GENERATION_COUNTER, String.valueOf(partition));
    }

    /** Rebuilds the index from the article and paragraph stores unless it is the one they were written with. */
    boolean rebuildIfStale(KeyValueStore<String, ArticleState> articles,
                           KeyValueStore<String, ParagraphState> paragraphs) {
        long expected = storedGeneration();
        Posting held = postings.get(GENERATION_KEY);
        if (held != null && held.time() == expected) {
            return false;
        }
        long started = System.nanoTime();
        clear();
        long indexed = 0;
        String articleId = null;
        ArticleState article = null;
        try (KeyValueIterator<String, ParagraphState> it = paragraphs.all()) {
            while (it.hasNext()) {
                KeyValue<String, ParagraphState> kv = it.next();
                String owner = kv.key.substring(0, kv.key.indexOf(Keys.SEP));
                if (!owner.equals(articleId)) {
                    articleId = owner;
                    article = articles.get(owner);
                }
                if (article != null) {
                    put(article.articleId, article.eventTime, kv.value.view());
                    indexed++;
                }
            }
        }
        try (KeyValueIterator<String, ArticleState> it = articles.all()) {
            while (it.hasNext()) {
                ArticleState state = it.next().value;
                if (state.indexedTitle != null) {
                    putTitle(state, state.indexedTitle);
                }
            }
        }
        postings.put(GENERATION_KEY, new Posting(0, expected));
        if (indexed > 0) {
            LOG.info("Search index of partition {} rebuilt from {} paragraphs in {} ms", partition, indexed,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return true;
    }

    /** Indexes a paragraph of the article's current revision. */
    void index(ArticleState article, ParagraphView p) {
        takeGeneration();
        put(article.articleId, article.eventTime, p);
    }

    void unindex(String articleId, ParagraphView p) {
        takeGeneration();
        String paragraph = Keys.index(p.index());
        Map<String, Integer> terms = terms(p);
        List<KeyValue<String, Posting>> deletes = new ArrayList<>(terms.size());
        for (String term : terms.keySet()) {
            deletes.add(KeyValue.pair(Keys.of(term, articleId, paragraph), null));
        }
        postings.putAll(deletes);
    }

    /** Indexes the article's title as its paragraph 0, in place of the title indexed before. */
    void indexTitle(ArticleState article) {
        if (article.title == null || article.title.equals(article.indexedTitle)) {
            return;
        }
        unindexTitle(article);
        takeGeneration();
        putTitle(article, article.title);
        article.indexedTitle = article.title;
    }

    void unindexTitle(ArticleState article) {
        if (article.indexedTitle == null) {
            return;
        }
        takeGeneration();
        Map<String, Integer> terms = Terms.frequencies(article.indexedTitle);
        List<KeyValue<String, Posting>> deletes = new ArrayList<>(terms.size());
        for (String term : terms.keySet()) {
            deletes.add(KeyValue.pair(Keys.of(term, article.articleId, Keys.index(0)), null));
        }
        postings.putAll(deletes);
    }

    private void putTitle(ArticleState article, String title) {
        putAll(article.articleId, Keys.index(0), article.eventTime, Terms.frequencies(title));
    }

    private void put(String articleId, long eventTime, ParagraphView p) {
        putAll(articleId, Keys.index(p.index()), eventTime, terms(p));
    }

    /**
     * A paragraph's postings in one batch: one RocksDB write, one position update and one pass through the store
     * layers for all of them, instead of one each (a paragraph has some 15-25 terms).
     */
    private void putAll(String articleId, String paragraph, long eventTime, Map<String, Integer> terms) {
        List<KeyValue<String, Posting>> entries = new ArrayList<>(terms.size());
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            entries.add(KeyValue.pair(Keys.of(e.getKey(), articleId, paragraph), new Posting(e.getValue(), eventTime)));
        }
        postings.putAll(entries);
    }

    /** A paragraph's terms and how often each occurs: its words, and its actors as {@code actor:<id>}. */
    static Map<String, Integer> terms(ParagraphView p) {
        Map<String, Integer> terms = Terms.frequencies(p.text());
        for (ParagraphActorView a : p.actors()) {
            terms.merge(Terms.actor(a.id()), Math.max(1, a.mentions().size()), Integer::sum);
        }
        return terms;
    }

    /**
     * Before this task instance's first change: the next generation, in the counter store (written in the same
     * transaction as the change) and in the index.
     */
    private void takeGeneration() {
        if (generationTaken) {
            return;
        }
        long next = storedGeneration() + 1;
        counters.put(counterKey, next);
        postings.put(GENERATION_KEY, new Posting(0, next));
        generationTaken = true;
    }

    private long storedGeneration() {
        Long stored = counters.get(counterKey);
        return stored == null ? 0 : stored;
    }

    private void clear() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Posting> it = postings.all()) {
            while (it.hasNext()) {
                KeyValue<String, Posting> kv = it.next();
                keys.add(kv.key);
                if (keys.size() == 10_000) {
                    keys.forEach(postings::delete);
                    keys.clear();
                }
            }
        }
        keys.forEach(postings::delete);
    }
}
