package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsHealthTest {

    @TempDir
    java.nio.file.Path state;

    private KafkaStreams streams;
    private final AtomicLong now = new AtomicLong(1_000_000);

    private StreamsHealth health() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "health-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        streams = new KafkaStreams(builder.build(), props);
        return new StreamsHealth(streams, 1, now::get);
    }

    @AfterEach
    void close() {
        streams.close();
    }

    @Test
    void oneReplacedThreadIsNotALoopButThreeWithinTheWindowAreReportedWithTheLastReason() {
        StreamsHealth health = health();
        health.threadFailed(new IllegalStateException("first"));
        assertThat(health.report().healthy()).isTrue();

        now.addAndGet(60_000);
        health.threadFailed(new IllegalStateException("second"));
        health.threadFailed(new IllegalStateException("record too large for news.x"));

        StreamsHealth.Report report = health.report();
        assertThat(report.healthy()).isFalse();
        assertThat(report.summary()).isEqualTo("a task keeps failing: 3 stream thread failures in the last 5 "
                + "minutes; last: record too large for news.x");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        StreamsHealth health = health();
        for (int i = 0; i < 3; i++) {
            health.threadFailed(new IllegalStateException("boom"));
        }
        assertThat(health.report().healthy()).isFalse();

        now.addAndGet(StreamsHealth.FAILURE_WINDOW.toMillis() + 1);

        assertThat(health.report().healthy()).isTrue();
    }
}
