package org.newsflow.projections.streams;

import java.time.Duration;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which timeline windows a window store has already dropped, with the store's own rule (a window is gone
 * once its segment is older than the retention behind the latest window written), so that contributions to them
 * are skipped and counted instead of each making Kafka Streams log a warning: replaying articles older than the
 * retention would otherwise log thousands. The first skip of each store is logged once.
 */
final class ExpiredWindows {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredWindows.class);

    private final String store;
    private final long retentionMs;
    private final long segmentMs;
    private final Sensor skipped;
    private long latest = Long.MIN_VALUE;
    private boolean logged;

    ExpiredWindows(ProcessorContext<?, ?> context, String store, WindowStore<String, ?> windows, Duration retention) {
        this.store = store;
        this.retentionMs = retention.toMillis();
        // The segment interval Kafka Streams gives a window store built with Stores.persistentWindowStore.
        this.segmentMs = Math.max(retentionMs / 2, 60_000L);
        this.skipped = context.metrics().addRateTotalSensor("newsflow-timeline", store, "expired-window-skip",
                Sensor.RecordingLevel.INFO);
        try (KeyValueIterator<Windowed<String>, ?> newest = windows.backwardAll()) {
            if (newest.hasNext()) {
                latest = newest.next().key.window().start();
            }
        }
    }

    /** True when the window starting at {@code start} is already dropped: counted, and logged the first time. */
    boolean skip(long start) {
        latest = Math.max(latest, start);
        long cutoff = Math.floorDiv(latest - retentionMs + 1, segmentMs) * segmentMs;
        if (start >= cutoff) {
            return false;
        }
        skipped.record();
        if (!logged) {
            logged = true;
            LOG.info("{}: contributions to windows older than the retention ({} days behind the newest) are "
                    + "skipped; counted in the expired-window-skip metric", store, retentionMs / 86_400_000L);
        }
        return true;
    }
}
