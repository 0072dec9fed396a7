package org.newsflow.projections.streams;

/**
 * Composite store keys: parts joined by NUL, numbers zero-padded, so that RocksDB's byte order groups a key's
 * entries under a common prefix and sorts them by time or index.
 */
public final class Keys {

    public static final char SEP = '\u0000';

    private Keys() {
    }

    public static String of(String... parts) {
        return String.join(String.valueOf(SEP), parts);
    }

    /** Everything under {@code first}: use with {@code prefixScan}. */
    public static String prefix(String first) {
        return first + SEP;
    }

    /** Upper bound of {@code first}'s entries, for ranges. */
    public static String prefixEnd(String first) {
        return first + '\u0001';
    }

    public static String time(long epochMillis) {
        return zeroPadded(Math.max(0L, epochMillis), 19);
    }

    public static String descendingTime(long epochMillis) {
        return zeroPadded(Long.MAX_VALUE - Math.max(0L, epochMillis), 19);
    }

    public static String index(int index) {
        return index < 0 ? String.format("%06d", index) : zeroPadded(index, 6);
    }

    /** What {@code String.format("%0<width>d")} gives for a non-negative number, without its cost on every key. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    public static String[] split(String key) {
        return key.split(String.valueOf(SEP), -1);
    }
}
