package org.newsflow.streams;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
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

    public StreamsRunner(String name, Topology topology, Properties props) {
        this.name = name;
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(error -> {
            LOG.warn("{}: stream thread failed, replacing it: {}", name, error.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.debug("{}: {} -> {}", name, before, now));
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

    public String name() {
        return name;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
