package org.newsflow.enrich.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches each paragraph with the engine, threading the article's context (actors seen in earlier paragraphs)
 * through the {@value EnrichTopology#CONTEXT_STORE} store. An article's paragraphs share a partition and arrive in
 * order, so one task sees them all. A context is dropped after the article's last paragraph, when a new revision
 * starts, or when it has not been touched for the retention (an article whose last paragraph never came).
 */
final class ParagraphEnrichmentProcessor implements Processor<String, ParagraphIngested, String, ParagraphEnriched> {

    private static final Logger LOG = LoggerFactory.getLogger(ParagraphEnrichmentProcessor.class);

    private final Enricher enricher;
    private final EnrichSettings settings;
    private ProcessorContext<String, ParagraphEnriched> context;
    private KeyValueStore<String, byte[]> contexts;

    ParagraphEnrichmentProcessor(Enricher enricher, EnrichSettings settings) {
        this.enricher = enricher;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, ParagraphEnriched> context) {
        this.context = context;
        this.contexts = context.getStateStore(EnrichTopology.CONTEXT_STORE);
        context.schedule(settings.contextScanInterval(), PunctuationType.WALL_CLOCK_TIME, this::expireContexts);
    }

    @Override
    public void process(Record<String, ParagraphIngested> record) {
        ParagraphIngested paragraph = record.value();
        if (paragraph == null) {
            throw new IllegalArgumentException("paragraph record without a value (key " + record.key() + ")");
        }
        String articleId = paragraph.getArticleId();
        ArticleContext articleContext = contextFor(articleId, paragraph);
        articleContext.setDate(ArticleDates.of(paragraph));
        EnrichmentLimits.Bounded bounded = settings.findings().apply(enrich(paragraph, articleContext));
        long now = context.currentSystemTimeMs();
        ParagraphEnriched enriched = EnrichedParagraphs.of(paragraph, bounded.enrichment(), enricher.name(),
                enricher.version(), Instant.ofEpochMilli(now));
        if (!bounded.truncated().isEmpty()) {
            List<String> truncated = new ArrayList<>(enriched.getTruncated());
            truncated.addAll(bounded.truncated());
            enriched.setTruncated(truncated);
        }
        // Saved only once the engine has succeeded: a dead-lettered paragraph leaves the context as it was.
        if (paragraph.getIndex() >= paragraph.getCount()) {
            contexts.delete(articleId);
        } else {
            contexts.put(articleId, new StoredContext(paragraph.getRevision(), paragraph.getIndex(), now,
                    articleContext.toBytes()).toBytes());
        }
        context.forward(record.withKey(articleId).withValue(enriched));
    }

    /** The stored context when it belongs to this revision and an earlier paragraph, else a fresh one. */
    private ArticleContext contextFor(String articleId, ParagraphIngested paragraph) {
        byte[] bytes = contexts.get(articleId);
        if (bytes == null || paragraph.getIndex() <= 1) {
            return new ArticleContext();
        }
        try {
            StoredContext stored = StoredContext.fromBytes(bytes);
            if (!stored.revision().equals(paragraph.getRevision()) || stored.lastIndex() >= paragraph.getIndex()) {
                return new ArticleContext();
            }
            return ArticleContext.fromBytes(stored.context());
        } catch (RuntimeException e) {
            LOG.warn("Unreadable context of article {}, starting afresh: {}", articleId, e.toString());
            return new ArticleContext();
        }
    }

    private Enrichment enrich(ParagraphIngested paragraph, ArticleContext articleContext) {
        try {
            Enrichment enrichment = enricher.enrich(paragraph.getText(), articleContext);
            if (enrichment == null) {
                throw new IllegalStateException("the engine returned no result");
            }
            return enrichment;
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            throw new EnrichmentFailedException("Engine " + enricher.name() + " " + enricher.version()
                    + " failed on paragraph " + paragraph.getIndex() + "/" + paragraph.getCount() + " of article "
                    + paragraph.getArticleId() + ": " + e, e);
        }
    }

    private void expireContexts(long now) {
        long cutoff = now - settings.contextRetention().toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = contexts.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (touchedAt(entry.value) < cutoff) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(contexts::delete);
        if (!expired.isEmpty()) {
            LOG.debug("Expired {} article contexts not touched since {}", expired.size(), Instant.ofEpochMilli(cutoff));
        }
    }

    private static long touchedAt(byte[] bytes) {
        try {
            return StoredContext.fromBytes(bytes).touchedAtMs();
        } catch (RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
