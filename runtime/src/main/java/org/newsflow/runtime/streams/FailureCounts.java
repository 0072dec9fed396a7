package org.newsflow.runtime.streams;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failures of one app by stage ({@code <app>.deserialize}, {@code .process}, {@code .produce} for dead letters,
 * {@code <app>.thread} for stream threads that died): the dead-letter handler and the runner count here, the
 * metrics page shows them as {@code newsflow_stage_failures_total{stage=...}}.
 */
public final class FailureCounts {

    /** Key under which the Streams properties carry the app's counts to the dead-letter handler. */
    public static final String CONFIG = "newsflow.failure.counts";
    public static final String METRIC = "newsflow.stage.failures";

    private final Map<String, AtomicLong> byStage = new ConcurrentHashMap<>();
    private volatile MeterRegistry registry;

    public void increment(String stage) {
        byStage.computeIfAbsent(stage, this::counter).incrementAndGet();
    }

    public long count(String stage) {
        AtomicLong count = byStage.get(stage);
        return count == null ? 0 : count.get();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new java.util.TreeMap<>();
        byStage.forEach((stage, count) -> out.put(stage, count.get()));
        return out;
    }

    /** Shows every stage counted so far, and each new one as it appears, on {@code registry}. */
    public synchronized void bindTo(MeterRegistry meters) {
        this.registry = meters;
        byStage.forEach((stage, count) -> register(meters, stage, count));
    }

    private synchronized AtomicLong counter(String stage) {
        AtomicLong count = new AtomicLong();
        if (registry != null) {
            register(registry, stage, count);
        }
        return count;
    }

    private static void register(MeterRegistry meters, String stage, AtomicLong count) {
        FunctionCounter.builder(METRIC, count, AtomicLong::get).tag("stage", stage)
                .description("Records dead-lettered and stream threads failed, by stage").register(meters);
    }
}
