package org.newsflow.schemas.dlq;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.newsflow.events.DeadLetter;

/**
 * Builds {@link DeadLetter} envelopes: what failed, where it came from, why, and the original bytes. A letter is
 * always small: it keeps at most the first {@value #MAX_VALUE_BYTES} bytes of the value (with the value's full size)
 * and {@value #MAX_KEY_BYTES} of the key, so writing it can never fail for size; the whole record stays in its
 * source topic at the coordinates the letter gives.
 */
public final class DeadLetters {

    public static final int MAX_VALUE_BYTES = 65_536;
    public static final int MAX_KEY_BYTES = 1_024;
    private static final int MAX_TEXT_CHARS = 2_000;

    private DeadLetters() {
    }

    /**
     * A dead letter for a record read from {@code topic}/{@code partition}@{@code offset} (null when unknown,
     * e.g. a record posted over HTTP). The eventId is derived from the coordinates and stage, so re-processing
     * the same record after a crash yields the same id.
     */
    public static DeadLetter of(String application, String stage, String reason, Throwable error, String topic,
                                Integer partition, Long offset, byte[] key, byte[] value, Instant failedAt) {
        String coordinates = topic == null ? "unknown" : topic + "-" + partition + "@" + offset;
        return DeadLetter.newBuilder()
                .setEventId(stage + ":" + coordinates)
                .setStage(stage)
                .setReason(bounded(reason))
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setErrorMessage(error == null ? null : messageChain(error))
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setOriginalKey(key == null ? null : prefix(key, MAX_KEY_BYTES))
                .setOriginalValue(value == null ? null : prefix(value, MAX_VALUE_BYTES))
                .setOriginalValueBytes(value == null ? null : (long) value.length)
                .setApplication(application)
                .setFailedAt(failedAt)
                .build();
    }

    /** At most the first {@code max} bytes. */
    public static ByteBuffer prefix(byte[] bytes, int max) {
        return ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, max)).slice();
    }

    /** A key for the dead-letter topic: the original key, cut to {@value #MAX_KEY_BYTES} bytes. */
    public static byte[] boundedKey(byte[] key) {
        return key == null || key.length <= MAX_KEY_BYTES ? key : java.util.Arrays.copyOf(key, MAX_KEY_BYTES);
    }

    private static String bounded(String text) {
        return text == null || text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "…";
    }

    /** "outer message; caused by: inner message" — the reasons users need, without a stack trace. */
    public static String messageChain(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < 5) {
            String message = current.getMessage() == null ? current.getClass().getSimpleName() : current.getMessage();
            if (out.indexOf(message) < 0) {
                if (out.length() > 0) {
                    out.append("; caused by: ");
                }
                out.append(message);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return out.length() > 2000 ? out.substring(0, 2000) : out.toString();
    }
}
