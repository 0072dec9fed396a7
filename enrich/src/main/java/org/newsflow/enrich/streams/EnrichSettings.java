package org.newsflow.enrich.streams;

import java.time.Duration;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.streams.RecordLimits;

/**
 * The enrich topology's own settings.
 *
 * @param contextRetention how long an article's context is kept after its last paragraph was enriched
 * @param contextScanInterval how often (wall-clock) contexts older than the retention are removed
 * @param findings what one enriched paragraph may carry at most
 * @param records the largest record each topic accepts
 */
public record EnrichSettings(Duration contextRetention, Duration contextScanInterval, EnrichmentLimits findings,
                             RecordLimits records) {

    private static final Duration MIN_SCAN = Duration.ofSeconds(1);
    private static final Duration MAX_SCAN = Duration.ofMinutes(5);

    public EnrichSettings {
        if (contextRetention.isNegative() || contextRetention.isZero()) {
            throw new IllegalArgumentException(ConfigKeys.ENRICH_CONTEXT_RETENTION_MS + " must be positive");
        }
        if (contextScanInterval.isNegative() || contextScanInterval.isZero()) {
            throw new IllegalArgumentException("the context scan interval must be positive");
        }
    }

    /** Scans a tenth of the retention, between a second and five minutes: expiry is at most 10% late. */
    public static EnrichSettings withRetention(Duration retention) {
        Duration scan = retention.dividedBy(10);
        scan = scan.compareTo(MIN_SCAN) < 0 ? MIN_SCAN : scan.compareTo(MAX_SCAN) > 0 ? MAX_SCAN : scan;
        return new EnrichSettings(retention, scan, EnrichmentLimits.defaults(), RecordLimits.kafkaDefaults());
    }

    public static EnrichSettings from(NewsflowConfig config) {
        return from(config, RecordLimits.kafkaDefaults());
    }

    public static EnrichSettings from(NewsflowConfig config, RecordLimits records) {
        EnrichSettings retention = withRetention(Duration.ofMillis(
                config.getLong(ConfigKeys.ENRICH_CONTEXT_RETENTION_MS)));
        return new EnrichSettings(retention.contextRetention(), retention.contextScanInterval(),
                EnrichmentLimits.from(config), records);
    }
}
