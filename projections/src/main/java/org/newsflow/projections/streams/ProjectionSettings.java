package org.newsflow.projections.streams;

import java.time.Duration;
import org.newsflow.config.ConfigKeys;
import org.newsflow.config.NewsflowConfig;

/**
 * What the topology needs from the configuration.
 *
 * @param timelineRetention how long hourly and daily timeline windows are kept (by event time)
 */
public record ProjectionSettings(Duration timelineRetention) {

    public ProjectionSettings {
        if (timelineRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("Timeline retention must be at least one day, was "
                    + timelineRetention);
        }
    }

    public static ProjectionSettings from(NewsflowConfig config) {
        return new ProjectionSettings(Duration.ofDays(config.getLong(ConfigKeys.PROJECTIONS_TIMELINE_RETENTION_DAYS)));
    }

    public static ProjectionSettings defaults() {
        return new ProjectionSettings(Duration.ofDays(365));
    }
}
