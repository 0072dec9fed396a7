package org.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;

/** The embedded broker runs Kafka Streams with exactly_once_v2, the guarantee every Newsflow app uses. */
@Timeout(120)
@ExtendWith(EmbeddedStackExtension.class)
class ExactlyOnceStreamsTest {

    @Test
    void aStreamsAppWithExactlyOnceV2CommitsItsOutput(EmbeddedStack stack, @TempDir Path stateDir)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String input = "eos-in-" + run;
        String output = "eos-out-" + run;
        EmbeddedKafkaBroker broker = stack.broker();
        broker.createTopics(input, output);

        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-" + run);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        // Kafka Streams 4.4 warns for every StreamsConfig without it (it becomes the default in 5.0), including
        // the one a StreamsBuilder makes when given no config.
        config.put("processing.exception.handler.global.enabled", true);

        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(config)));
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> v.toUpperCase(), Named.as("upper-case"))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));

        try (KafkaProducer<String, String> producer = EmbeddedKafkaBrokerTest.producer(broker, Map.of());
             KafkaStreams streams = new KafkaStreams(builder.build(config), config)) {
            streams.start();
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(input, "k" + i, "value-" + i)).get();
            }
            List<ConsumerRecord<String, String>> records =
                    EmbeddedKafkaBrokerTest.consume(broker, output, 5, "read_committed");
            assertThat(records).extracting(ConsumerRecord::value)
                    .containsExactly("VALUE-0", "VALUE-1", "VALUE-2", "VALUE-3", "VALUE-4");
            streams.close(Duration.ofSeconds(10));
        }
    }
}
