package org.newsflow.projections.streams;

import java.time.Duration;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.streams.RecordLimits;

/**
 * What the topology needs from the configuration.
 *
 * @param timelineRetention how long hourly and daily timeline windows are kept (by event time)
 * @param records the largest record each topic accepts: a view too large for its changelog is refused when stored
 */
public record ProjectionSettings(Duration timelineRetention, RecordLimits records) {

    public ProjectionSettings(Duration timelineRetention) {
        this(timelineRetention, RecordLimits.kafkaDefaults());
    }

    public ProjectionSettings {
        if (timelineRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("Timeline retention must be at least one day, was "
                    + timelineRetention);
        }
    }

    public static ProjectionSettings from(NewsflowConfig config) {
        return from(config, RecordLimits.kafkaDefaults());
    }

    public static ProjectionSettings from(NewsflowConfig config, RecordLimits records) {
        return new ProjectionSettings(Duration.ofDays(config.getLong(ConfigKeys.PROJECTIONS_TIMELINE_RETENTION_DAYS)),
                records);
    }

    public static ProjectionSettings defaults() {
        return new ProjectionSettings(Duration.ofDays(365));
    }
}
