package org.newsflow.ingest.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.ingest.model.Article;
import org.newsflow.ingest.model.ArticleIdentity;

/**
 * Publishes an article only when its revision differs from the latest one seen under its id: an identical
 * re-submission publishes nothing (and is counted), a changed one publishes all its events from this one record,
 * so exactly-once writes them in one transaction. {@code ingestedAt} is the submitted record's timestamp, so a
 * replay yields the same events.
 */
final class RevisionDedupeProcessor implements FixedKeyProcessor<String, Article, ArticleEvents> {

    private final IngestMetrics metrics;
    private FixedKeyProcessorContext<String, ArticleEvents> context;
    private KeyValueStore<String, String> revisions;

    RevisionDedupeProcessor(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleEvents> context) {
        this.context = context;
        this.revisions = context.getStateStore(IngestTopology.REVISIONS_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        ArticleIdentity identity = ArticleIdentity.of(record.value());
        if (identity.revision().equals(revisions.get(record.key()))) {
            metrics.duplicate();
            return;
        }
        revisions.put(record.key(), identity.revision());
        ArticleEvents events = ArticleEvents.of(record.value(), identity, Instant.ofEpochMilli(record.timestamp()));
        context.forward(record.withValue(events));
        metrics.published(events.paragraphs().size());
    }
}
