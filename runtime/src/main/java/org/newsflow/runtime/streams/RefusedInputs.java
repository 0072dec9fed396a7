package org.newsflow.runtime.streams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input records whose output Kafka refused for good (a non-retriable send error other than size, such as a
 * timestamp outside the topic's bounds). Under exactly-once a refused send dooms the transaction, so the task
 * fails and the input is processed again; remembered here by its coordinates (by {@link RefusedSendInterceptor}),
 * it is then dead-lettered by {@link RefusedInputGuard} instead of being refused again and again. Held in memory and bounded: after a
 * restart a refused record fails once more and is remembered again.
 */
public final class RefusedInputs {

    /** Key under which the Streams properties carry the app's instance to the handler and the guard. */
    public static final String CONFIG = "newsflow.refused.inputs";
    static final int MAX_REMEMBERED = 10_000;

    private final Map<Coordinates, String> reasons = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Coordinates, String> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private volatile boolean any;

    /** Remembers that the output of {@code topic}-{@code partition}@{@code offset} was refused, and why. */
    public synchronized void remember(String topic, int partition, long offset, String reason) {
        reasons.put(new Coordinates(topic, partition, offset), reason);
        any = true;
    }

    /** Why the output of this input was refused, or null when it was not (cheap while nothing was refused). */
    public String reasonFor(String topic, int partition, long offset) {
        if (!any) {
            return null;
        }
        synchronized (this) {
            return reasons.get(new Coordinates(topic, partition, offset));
        }
    }

    private record Coordinates(String topic, int partition, long offset) {
    }
}
