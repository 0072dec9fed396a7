package org.newsflow.schemas.dlq;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.newsflow.events.DeadLetter;

/** Builds {@link DeadLetter} envelopes: what failed, where it came from, why, and the original bytes. */
public final class DeadLetters {

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
                .setReason(reason)
                .setErrorClass(error == null ? null : error.getClass().getName())
                .setErrorMessage(error == null ? null : messageChain(error))
                .setSourceTopic(topic)
                .setSourcePartition(partition)
                .setSourceOffset(offset)
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
                .setApplication(application)
                .setFailedAt(failedAt)
                .build();
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
