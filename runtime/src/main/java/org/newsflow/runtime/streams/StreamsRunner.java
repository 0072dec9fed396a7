package org.newsflow.runtime.streams;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams app: a failed stream thread is replaced (its records are retried from the last commit),
 * and readiness follows the Streams state.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

    private final String name;
    private final KafkaStreams streams;
    private final StreamsHealth health;
    private final FailureCounts failures;
    private final GlobalStateRecovery globalState;

    public StreamsRunner(String name, Topology topology, Properties props) {
        this.name = name;
        this.globalState = GlobalStateRecovery.of(props);
        if (globalState != null) {
            globalState.starting();
        }
        this.streams = new KafkaStreams(topology, props);
        this.failures = props.get(FailureCounts.CONFIG) instanceof FailureCounts given ? given : new FailureCounts();
        int threads = Integer.parseInt(String.valueOf(props.getOrDefault(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)));
        this.health = new StreamsHealth(streams, threads, System::currentTimeMillis);
        String application = String.valueOf(props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        streams.setUncaughtExceptionHandler(error -> {
            LOG.warn("{}: stream thread failed, replacing it: {}", name, error.toString());
            health.threadFailed(error);
            failures.increment(application + ".thread");
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.debug("{}: {} -> {}", name, before, now));
        streams.setGlobalStateRestoreListener(new RestoreLog(name));
    }

    public StreamsRunner start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Alive unless the app has shut down or failed for good. */
    public boolean isLive() {
        KafkaStreams.State state = streams.state();
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING
                && state != KafkaStreams.State.PENDING_ERROR;
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Running and really working: see {@link StreamsHealth}. */
    public StreamsHealth.Report health() {
        return health.report();
    }

    /** Ready to serve: RUNNING and healthy. */
    public boolean isReady() {
        return isRunning() && health.report().healthy();
    }

    public FailureCounts failures() {
        return failures;
    }

    public String name() {
        return name;
    }

    /**
     * Stops and leaves the group: a static member would otherwise keep its partitions until its session times out,
     * which a restart of the same instance does not need and any other instance would wait for.
     */
    @Override
    public void close() {
        boolean closed = streams.close(CloseOptions.groupMembershipOperation(
                CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(Duration.ofSeconds(30)));
        if (closed && globalState != null) {
            globalState.stoppedCleanly();
        }
    }
}
