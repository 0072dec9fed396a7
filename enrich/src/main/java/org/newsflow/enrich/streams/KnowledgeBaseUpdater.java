package org.newsflow.enrich.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.ActorReference;
import org.newsflow.runtime.dlq.DeadLetterHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's knowledge base in step with the compacted reference topic: every record puts or (null value)
 * removes an actor. Records are taken as raw bytes and decoded here, so a malformed actor is logged and skipped
 * instead of stopping the global thread, which would stop the whole app.
 *
 * <p>The topic is an overlay on the bundled data the knowledge base starts from: actors added or changed on it
 * win, and a deletion is remembered in the store (an empty value), so that a deleted bundled actor stays deleted
 * across restarts. Bundled actors a newer release adds appear even though the topic was seeded by an older one.
 * (A store rebuilt from scratch only knows the tombstones compaction has kept: {@code delete.retention.ms}.)
 */
final class KnowledgeBaseUpdater implements Processor<String, byte[], Void, Void> {

    private static final long REGISTRY_WARNING_INTERVAL_NANOS = 10_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseUpdater.class);
    private static final byte[] DELETED = new byte[0];

    private final KnowledgeBase knowledgeBase;
    private final String topic;
    private final Deserializer<ActorReference> deserializer;
    private KeyValueStore<String, byte[]> store;

    KnowledgeBaseUpdater(KnowledgeBase knowledgeBase, String topic, Deserializer<ActorReference> deserializer) {
        this.knowledgeBase = knowledgeBase;
        this.topic = topic;
        this.deserializer = deserializer;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(EnrichTopology.REFERENCE_STORE);
        loadStore();
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String id = record.key();
        if (id == null) {
            LOG.warn("Ignoring an actor reference without a key");
            return;
        }
        if (record.value() == null) {
            store.put(id, DELETED);
            if (knowledgeBase.remove(id)) {
                LOG.info("Actor {} removed from the knowledge base", id);
            }
            return;
        }
        Optional<ActorEntry> entry = decode(id, record.value());
        if (entry.isEmpty()) {
            return;
        }
        store.put(id, record.value());
        if (!entry.get().equals(knowledgeBase.get(id).orElse(null))) {
            knowledgeBase.put(entry.get());
            LOG.info("Actor {} ({}) updated in the knowledge base", id, entry.get().name());
        }
    }

    private void loadStore() {
        List<ActorEntry> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> kv = all.next();
                if (kv.value == null || kv.value.length == 0) {
                    deleted.add(kv.key);
                } else {
                    decode(kv.key, kv.value).filter(e -> !e.equals(knowledgeBase.get(e.id()).orElse(null)))
                            .ifPresent(changed::add);
                }
            }
        }
        if (!changed.isEmpty()) {
            knowledgeBase.putAll(changed);
        }
        long removed = deleted.stream().filter(knowledgeBase::remove).count();
        LOG.info("Knowledge base synced with {}: {} actors added or changed, {} removed; {} actors known",
                topic, changed.size(), removed, knowledgeBase.size());
    }

    /**
     * Decodes one reference record. An invalid one is skipped with a warning; while the Schema Registry is
     * unreachable the global thread waits for it (with backoff) instead of failing: a failed global thread would
     * stop the whole app for good, even at start-up.
     */
    private Optional<ActorEntry> decode(String id, byte[] value) {
        long backoffMs = 200;
        long lastWarning = 0;
        while (true) {
            try {
                ActorEntry entry = ActorReferences.toEntry(deserializer.deserialize(topic, value));
                if (!entry.id().equals(id)) {
                    throw new IllegalArgumentException("key " + id + " differs from actorId " + entry.id());
                }
                return Optional.of(entry);
            } catch (RuntimeException e) {
                if (!DeadLetterHandler.isTransient(e)) {
                    LOG.warn("Ignoring invalid actor reference {} on {}: {}", id, topic, e.getMessage());
                    return Optional.empty();
                }
                if (System.nanoTime() - lastWarning > REGISTRY_WARNING_INTERVAL_NANOS) {
                    LOG.warn("Waiting for the Schema Registry to read actor reference {}: {}", id, e.getMessage());
                    lastWarning = System.nanoTime();
                }
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }
}
