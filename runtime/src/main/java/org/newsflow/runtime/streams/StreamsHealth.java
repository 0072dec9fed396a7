package org.newsflow.runtime.streams;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Whether a Streams app is really working, beyond its state: RUNNING stays RUNNING while a thread dies and is
 * replaced in a loop. Unhealthy when the app stopped, when fewer stream threads run than configured, or when
 * threads keep failing ({@value #FAILURES_FOR_LOOP} failures within {@link #FAILURE_WINDOW}). Whether records move
 * is seen from outside, by {@link GroupProgress}.
 */
public final class StreamsHealth {

    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);
    public static final int FAILURES_FOR_LOOP = 3;

    /** What health shows: healthy or not, and the reasons in words. */
    public record Report(boolean healthy, List<String> problems) {
        public String summary() {
            return String.join("; ", problems);
        }
    }

    private final KafkaStreams streams;
    private final int threads;
    private final LongSupplier clock;
    private final Deque<Long> failures = new ArrayDeque<>();
    private String lastFailure;

    public StreamsHealth(KafkaStreams streams, int threads, LongSupplier clock) {
        this.streams = streams;
        this.threads = threads;
        this.clock = clock;
    }

    public synchronized void threadFailed(Throwable error) {
        failures.addLast(clock.getAsLong());
        lastFailure = DeadLettersText.shortReason(error);
    }

    public synchronized Report report() {
        long now = clock.getAsLong();
        List<String> problems = new ArrayList<>();
        KafkaStreams.State state = streams.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN) {
            problems.add("stopped (" + state + ")" + (lastFailure == null ? "" : ": " + lastFailure));
        } else if (state == KafkaStreams.State.RUNNING) {
            int alive = streams.metadataForLocalThreads().size();
            if (alive < threads) {
                problems.add("only " + alive + " of " + threads + " stream threads alive");
            }
        }
        while (!failures.isEmpty() && failures.peekFirst() < now - FAILURE_WINDOW.toMillis()) {
            failures.removeFirst();
        }
        if (failures.size() >= FAILURES_FOR_LOOP) {
            problems.add("a task keeps failing: " + failures.size() + " stream thread failures in the last "
                    + FAILURE_WINDOW.toMinutes() + " minutes; last: " + lastFailure);
        }
        return new Report(problems.isEmpty(), List.copyOf(problems));
    }
}
