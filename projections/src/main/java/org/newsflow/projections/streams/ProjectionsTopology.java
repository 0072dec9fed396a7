package org.newsflow.projections.streams;

import org.newsflow.runtime.streams.TopicStreams;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.newsflow.schemas.Topics;
import org.newsflow.runtime.streams.RecordLimits;

/**
 * The projections topology. Sub-topology 1 reads the enriched paragraphs and the article revisions (both keyed by
 * articleId) into the article-keyed stores and emits per-actor contributions; those are repartitioned by actorId
 * into sub-topology 2 (one record per paragraph and partition, {@link ActorDeltas}), which keeps the actor-keyed
 * stores. Stores are RocksDB with changelogs, but for the search
 * index, which is rebuilt from the paragraph and article stores (see {@link SearchIndex}); those with hot keys sit
 * behind Kafka Streams' record cache: the many updates of a key between two commits (an article's state and index
 * entry, the per-partition counters, a popular actor and its edges) reach RocksDB and the changelog once. Interactive queries read through the cache, so they still see every update at once.
 */
public final class ProjectionsTopology {

    private ProjectionsTopology() {
    }

    public static Topology build(StreamsBuilder builder, Topics topics, ProjectionSettings settings) {
        Serde<String> keys = Serdes.String();
        // A view too large for its changelog is refused when stored (a dead letter for the paragraph behind it):
        // a changelog write the broker refuses would fail the transaction again on every retry.
        RecordLimits guarded = settings.records();
        builder.addStateStore(cached(StoreNames.ARTICLES, guarded.guard(StoreNames.ARTICLES, ArticleCodecs.ARTICLE_STATE)));
        builder.addStateStore(uncached(StoreNames.ARTICLE_PARAGRAPHS, guarded.guard(StoreNames.ARTICLE_PARAGRAPHS, ArticleCodecs.PARAGRAPH_STATE)));
        builder.addStateStore(cached(StoreNames.ARTICLE_INDEX, guarded.guard(StoreNames.ARTICLE_INDEX, ArticleCodecs.ARTICLE_SUMMARY)));
        // The search index is derived from the paragraph and article stores and rebuilt from them, not backed up.
        builder.addStateStore(keyValue(StoreNames.SEARCH_INDEX, Posting.SERDE).withCachingDisabled()
                .withLoggingDisabled());
        builder.addStateStore(cached(StoreNames.ARTICLE_STATS, Serdes.Long()));
        builder.addStateStore(cached(StoreNames.ACTORS, guarded.guard(StoreNames.ACTORS, ActorCodecs.ACTOR)));
        builder.addStateStore(uncached(StoreNames.ACTOR_ARTICLES, Serdes.Integer()));
        builder.addStateStore(uncached(StoreNames.ACTOR_QUOTES, guarded.guard(StoreNames.ACTOR_QUOTES, ActorCodecs.QUOTE)));
        builder.addStateStore(cached(StoreNames.NETWORK, guarded.guard(StoreNames.NETWORK, ActorCodecs.EDGE)));
        builder.addStateStore(window(StoreNames.TIMELINE_HOURLY, settings, ActorProjector.HOUR));
        builder.addStateStore(window(StoreNames.TIMELINE_DAILY, settings, ActorProjector.DAY));

        KStream<String, ArticleInput> paragraphs = builder.stream(topics.enriched().name(), TopicStreams.consumed(topics.enriched()))
                .filter((k, v) -> v != null, Named.as(StoreNames.WRAP_PARAGRAPHS + "-present"))
                .mapValues(ArticleInput::of, Named.as(StoreNames.WRAP_PARAGRAPHS));
        KStream<String, ArticleInput> revisions = builder.stream(topics.articles().name(), TopicStreams.consumed(topics.articles()))
                .filter((k, v) -> v != null, Named.as(StoreNames.WRAP_ARTICLES + "-present"))
                .mapValues(ArticleInput::of, Named.as(StoreNames.WRAP_ARTICLES));

        ActorRouting routing = new ActorRouting();
        paragraphs.merge(revisions, Named.as(StoreNames.MERGE_INPUTS))
                .process(() -> new ArticleProjector(routing), Named.as(StoreNames.ARTICLE_PROJECTOR), StoreNames.ARTICLES,
                        StoreNames.ARTICLE_PARAGRAPHS, StoreNames.ARTICLE_INDEX, StoreNames.SEARCH_INDEX,
                        StoreNames.ARTICLE_STATS)
                .repartition(Repartitioned.with(keys, ActorCodecs.DELTAS)
                        .withStreamPartitioner(routing)
                        .withName(StoreNames.ACTOR_DELTAS))
                .process(() -> new ActorProjector(settings.timelineRetention()), Named.as(StoreNames.ACTOR_PROJECTOR), StoreNames.ACTORS,
                        StoreNames.ACTOR_ARTICLES, StoreNames.ACTOR_QUOTES, StoreNames.NETWORK,
                        StoreNames.TIMELINE_HOURLY, StoreNames.TIMELINE_DAILY);

        builder.stream(topics.deadLetters().name(), TopicStreams.consumed(topics.deadLetters()))
                .filter((k, v) -> v != null, Named.as(StoreNames.DEAD_LETTERS_BY_STAGE + "-present"))
                .groupBy((k, v) -> v.getStage(), Grouped.with(StoreNames.DEAD_LETTERS_BY_STAGE, keys,
                        topics.deadLetters().valueSerde()))
                .count(Named.as(StoreNames.COUNT_DEAD_LETTERS),
                        Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(StoreNames.DEAD_LETTER_COUNTS)
                                .withKeySerde(keys).withValueSerde(Serdes.Long()).withCachingDisabled());
        return builder.build();
    }

    /** A store whose keys are updated many times between commits: the cache turns those into one write. */
    private static <V> StoreBuilder<?> cached(String name, Serde<V> values) {
        return keyValue(name, values).withCachingEnabled();
    }

    /**
     * A store whose keys are written once each (a paragraph, a posting, a quote): caching would save nothing and
     * cost a sorted insert and an eviction per entry (measured: the cache then took 40 % of the thread's time).
     */
    private static <V> StoreBuilder<?> uncached(String name, Serde<V> values) {
        return keyValue(name, values).withCachingDisabled();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Serde<V> values) {
        KeyValueBytesStoreSupplier supplier = Stores.persistentKeyValueStore(name);
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), values);
    }

    private static StoreBuilder<WindowStore<String, TimelineAggregate>> window(
            String name, ProjectionSettings settings, java.time.Duration size) {
        return Stores.windowStoreBuilder(
                        Stores.persistentWindowStore(name, settings.timelineRetention(), size, false),
                        Serdes.String(), ActorCodecs.TIMELINE)
                // Uncached: a cached window outlives the retention that drops it from RocksDB until the cache
                // evicts it, so a query would show expired windows for a while.
                .withCachingDisabled();
    }
}
