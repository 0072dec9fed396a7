package org.newsflow.runtime.config;

import java.util.Locale;

/** What a stage does with a paragraph over one of its limits ({@code limits.exceeded}). */
public enum OversizePolicy {
    /** Keep what fits and name the limit in the event's {@code truncated} field. */
    TRUNCATE,
    /** Refuse the record: a dead letter with the reason (413 over HTTP). */
    DEAD_LETTER;

    public static OversizePolicy from(NewsflowConfig config) {
        String value = config.get(ConfigKeys.LIMITS_EXCEEDED).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "truncate" -> TRUNCATE;
            case "dead-letter", "dead_letter", "reject" -> DEAD_LETTER;
            default -> throw new IllegalArgumentException("Configuration '" + ConfigKeys.LIMITS_EXCEEDED
                    + "' must be 'truncate' or 'dead-letter', was '" + value + "'");
        };
    }
}
