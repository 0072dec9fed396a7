package org.newsflow.projections.streams;

import java.time.Duration;
import java.util.Locale;

/** Timeline resolution: a window size and the store that keeps it. */
public enum Interval {
    HOUR(ActorProjector.HOUR, StoreNames.TIMELINE_HOURLY),
    DAY(ActorProjector.DAY, StoreNames.TIMELINE_DAILY);

    private final Duration size;
    private final String store;

    Interval(Duration size, String store) {
        this.size = size;
        this.store = store;
    }

    public Duration size() {
        return size;
    }

    public String store() {
        return store;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
