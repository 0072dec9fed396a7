package org.newsflow.ingest.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.newsflow.ingest.model.Rejection;

/**
 * The ingest service's own counters. Under exactly-once a retried task may count a record twice: these are
 * operational figures, the topics are the truth.
 */
public final class IngestMetrics {

    public static final String PUBLISHED = "newsflow.ingest.articles.published";
    public static final String PARAGRAPHS = "newsflow.ingest.paragraphs.published";
    public static final String DUPLICATES = "newsflow.ingest.articles.duplicates";
    public static final String REJECTED = "newsflow.ingest.articles.rejected";

    private final MeterRegistry registry;
    private final Counter published;
    private final Counter paragraphs;
    private final Counter duplicates;
    private final Map<Rejection.Reason, Counter> rejected = new EnumMap<>(Rejection.Reason.class);

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.published = Counter.builder(PUBLISHED)
                .description("Article revisions published (new articles and changed ones)").register(registry);
        this.paragraphs = Counter.builder(PARAGRAPHS)
                .description("Paragraph events published").register(registry);
        this.duplicates = Counter.builder(DUPLICATES)
                .description("Re-submissions identical to the latest revision: nothing published").register(registry);
        for (Rejection.Reason reason : Rejection.Reason.values()) {
            rejected.put(reason, Counter.builder(REJECTED).tag("reason", reason.name().toLowerCase())
                    .description("Submissions sent to the dead-letter topic, by reason").register(registry));
        }
    }

    /** Counters on a private registry, for tests and tools that expose no metrics. */
    public static IngestMetrics unexposed() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    void published(int paragraphCount) {
        published.increment();
        paragraphs.increment(paragraphCount);
    }

    void duplicate() {
        duplicates.increment();
    }

    void rejected(Rejection.Reason reason) {
        rejected.get(reason).increment();
    }

    public double duplicates() {
        return duplicates.count();
    }

    public double published() {
        return published.count();
    }

    public double rejected() {
        return rejected.values().stream().mapToDouble(Counter::count).sum();
    }
}
