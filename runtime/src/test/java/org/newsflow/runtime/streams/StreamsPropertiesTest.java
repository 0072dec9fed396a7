package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * Under exactly-once, a stage whose output the next one reads commits every 50 ms (each hop waits for a commit);
 * a configured interval stands, and at-least-once keeps Kafka's own default.
 */
class StreamsPropertiesTest {

    static Properties guarantee(String guarantee) {
        Properties props = new Properties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        return props;
    }

    @Test
    void anExactlyOnceHopCommitsEvery50Ms() {
        assertThat(StreamsProperties.committingEveryHop(guarantee(StreamsConfig.EXACTLY_ONCE_V2))
                .get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50L);
        assertThat(new StreamsConfig(withApp(StreamsProperties.committingEveryHop(
                guarantee(StreamsConfig.EXACTLY_ONCE_V2)))).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo(50L);
    }

    @Test
    void aConfiguredIntervalStandsAndAtLeastOnceKeepsKafkasDefault() {
        Properties configured = guarantee(StreamsConfig.EXACTLY_ONCE_V2);
        configured.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "250");
        assertThat(StreamsProperties.committingEveryHop(configured).get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))
                .isEqualTo("250");
        assertThat(StreamsProperties.committingEveryHop(guarantee(StreamsConfig.AT_LEAST_ONCE)))
                .doesNotContainKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
    }

    private static Properties withApp(Properties props) {
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        return props;
    }
}
