package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.ParagraphView;

/**
 * Folds an article's events into the article, paragraph, article-index and search stores, and forwards each
 * paragraph's contributions to the actor views keyed by actorId. A newer revision first retracts everything the old
 * one contributed; a paragraph delivered again with the same event id changes nothing, and one delivered again under
 * a new event id replaces its earlier copy.
 */
public class ArticleProjector implements Processor<String, ArticleInput, String, ActorDeltas> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final ActorDeltaGroups groups;
    private ProcessorContext<String, ActorDeltas> context;
    private KeyValueStore<String, ArticleState> articles;
    private KeyValueStore<String, ParagraphState> paragraphs;
    private KeyValueStore<String, ArticleSummary> index;
    private SearchIndex search;
    private KeyValueStore<String, Long> stats;

    ArticleProjector(ActorRouting routing) {
        this.groups = new ActorDeltaGroups(routing);
    }

    @Override
    public void init(ProcessorContext<String, ActorDeltas> context) {
        this.context = context;
        this.articles = context.getStateStore(StoreNames.ARTICLES);
        this.paragraphs = context.getStateStore(StoreNames.ARTICLE_PARAGRAPHS);
        this.index = context.getStateStore(StoreNames.ARTICLE_INDEX);
        this.stats = context.getStateStore(StoreNames.ARTICLE_STATS);
        this.search = new SearchIndex(context.getStateStore(StoreNames.SEARCH_INDEX), stats,
                context.taskId().partition());
        // Runs once the backed-up stores are restored: a copy of the index they were not written with is redone.
        search.rebuildIfStale(articles, paragraphs);
    }

    @Override
    public void process(Record<String, ArticleInput> record) {
        groups.clear();
        apply(record);
        for (ActorDeltas group : groups.drain()) {
            context.forward(record.withKey(group.routingKey()).withValue(group));
        }
    }

    private void apply(Record<String, ArticleInput> record) {
        ArticleInput input = record.value();
        if (input == null) {
            return;
        }
        String articleId = input.articleId();
        ArticleState state = articles.get(articleId);
        String oldIndexKey = state == null ? null : state.indexKey();
        if (state != null && !state.revision.equals(input.revision())) {
            if (!state.isSupersededBy(input)) {
                return; // an older revision delivered late: the newer one stands
            }
            retractRevision(state);
            state = null;
        }
        if (state == null) {
            state = ArticleState.start(input);
            if (oldIndexKey == null) {
                count(StoreNames.COUNT_ARTICLES, +1);
            }
        }
        state.mergeMetadata(input);
        if (input.paragraph() != null) {
            String key = Keys.of(articleId, Keys.index(input.paragraph().getIndex()));
            ParagraphState existing = paragraphs.get(key);
            if (existing != null && existing.eventId().equals(input.paragraph().getEventId())) {
                return; // delivered again: already counted
            }
            if (existing != null) {
                groups.addAll(state.remove(existing.view()));
                search.unindex(articleId, existing.view());
            }
            ParagraphView view = ParagraphViews.from(input.paragraph());
            if (existing == null) {
                count(StoreNames.COUNT_PARAGRAPHS, +1);
            }
            paragraphs.put(key, new ParagraphState(input.paragraph().getEventId(), input.revision(), view));
            groups.addAll(state.add(view));
            search.index(state, view);
        }
        search.indexTitle(state);
        articles.put(articleId, state);
        if (oldIndexKey != null && !oldIndexKey.equals(state.indexKey())) {
            index.delete(oldIndexKey);
        }
        index.put(state.indexKey(), state.summary());
    }

    private void retractRevision(ArticleState state) {
        List<KeyValue<String, ParagraphState>> old = new ArrayList<>();
        try (KeyValueIterator<String, ParagraphState> it =
                     paragraphs.prefixScan(Keys.prefix(state.articleId), KEYS)) {
            it.forEachRemaining(old::add);
        }
        for (KeyValue<String, ParagraphState> kv : old) {
            groups.addAll(state.remove(kv.value.view()));
            search.unindex(state.articleId, kv.value.view());
            paragraphs.delete(kv.key);
            count(StoreNames.COUNT_PARAGRAPHS, -1);
        }
        search.unindexTitle(state);
        index.delete(state.indexKey());
        articles.delete(state.articleId);
    }

    /** Counters are kept per input partition, so that a query summing them over all partitions is exact. */
    private void count(String counter, long delta) {
        String key = Keys.of(counter, String.valueOf(context.recordMetadata().map(m -> m.partition()).orElse(0)));
        Long old = stats.get(key);
        stats.put(key, (old == null ? 0 : old) + delta);
    }
}
