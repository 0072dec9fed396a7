package org.newsflow.projections.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Rounding and time formatting shared by every view, so that equal state always renders as equal JSON. */
public final class Numbers {

    /** Tone and sentiment sums are kept in millionths as longs: exact and independent of the order of updates. */
    public static final double MICRO = 1_000_000d;

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Numbers() {
    }

    public static long micro(double value) {
        return Math.round(value * MICRO);
    }

    /** Four decimals: enough for tone and sentiment, and stable across platforms. */
    public static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    public static double mean(long microSum, long count) {
        return count == 0 ? 0d : round(microSum / MICRO / count);
    }

    /** Fixed-width ISO-8601 in UTC with milliseconds, so that strings sort like the instants. */
    public static String iso(Long epochMillis) {
        return epochMillis == null ? null : ISO.format(Instant.ofEpochMilli(epochMillis));
    }

    public static long parseIso(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }
}
