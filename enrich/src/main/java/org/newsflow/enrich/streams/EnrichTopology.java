package org.newsflow.enrich.streams;

import org.newsflow.runtime.streams.TopicStreams;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.schemas.Topics;

/**
 * The enrich app: {@code news.paragraphs} → engine → {@code news.paragraphs.enriched}, with the article contexts in
 * a state store and the actor knowledge base kept in step with {@code news.actors.reference} by a global store.
 * Names are part of the app's compatibility: a renamed store or processor changes its changelog or offsets, and the
 * golden topology description test catches that.
 */
public final class EnrichTopology {

    /** Per-article context (actors seen so far), keyed by articleId; changelogged, expired by a punctuator. */
    public static final String CONTEXT_STORE = "enrich-article-context";
    /** Global mirror of the reference topic, keyed by actorId: raw Avro values, empty for a deleted actor. */
    public static final String REFERENCE_STORE = "enrich-actor-reference";
    public static final String ENRICH_PROCESSOR = "enrich-paragraph";
    public static final String REFERENCE_PROCESSOR = "apply-actor-reference";

    private EnrichTopology() {
    }

    public static void build(StreamsBuilder builder, Topics topics, EnrichSettings settings, Enricher enricher,
                             KnowledgeBase knowledgeBase) {
        // A context too large for its changelog is refused when stored: that paragraph becomes a dead letter,
        // where a refused changelog write would fail the transaction again on every retry.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTEXT_STORE),
                Serdes.String(), settings.records().guard(CONTEXT_STORE, Serdes.ByteArray())));

        String referenceTopic = topics.actorsReference().name();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REFERENCE_STORE),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                referenceTopic,
                // the global processor takes the Consumed name; its source gets a "-source" suffix
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(REFERENCE_PROCESSOR),
                () -> new KnowledgeBaseUpdater(knowledgeBase, referenceTopic,
                        topics.actorsReference().valueSerde().deserializer()));

        builder.stream(topics.paragraphs().name(), TopicStreams.consumed(topics.paragraphs()))
                .process(() -> new ParagraphEnrichmentProcessor(enricher, settings), Named.as(ENRICH_PROCESSOR),
                        CONTEXT_STORE)
                .to(topics.enriched().name(), TopicStreams.produced(topics.enriched()));
    }
}
