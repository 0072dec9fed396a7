package org.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class EmbeddedKafkaBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.builder().build().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void producesAndConsumesRecords() throws Exception {
        String topic = "roundtrip-" + UUID.randomUUID();
        broker.createTopics(topic);
        try (KafkaProducer<String, String> producer = producer(broker, Map.of())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "v" + i)).get();
            }
        }
        List<ConsumerRecord<String, String>> records = consume(broker, topic, 10, "read_uncommitted");
        assertThat(records).extracting(ConsumerRecord::value)
                .containsExactly("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
    }

    @Test
    void readCommittedConsumerSeesOnlyCommittedTransactions() throws Exception {
        String topic = "tx-" + UUID.randomUUID();
        broker.createTopics(topic);
        try (KafkaProducer<String, String> producer =
                     producer(broker, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID()))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "a", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "c1", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "c2", "committed-2"));
            producer.commitTransaction();
        }
        List<ConsumerRecord<String, String>> records = consume(broker, topic, 2, "read_committed");
        assertThat(records).extracting(ConsumerRecord::value).containsExactly("committed-1", "committed-2");
    }

    @Test
    void restartOnTheSameDataDirectoryKeepsTopicsAndRecords(@TempDir Path dir) throws Exception {
        String topic = "durable";
        try (EmbeddedKafkaBroker own = EmbeddedKafkaBroker.builder().dataDir(dir).build()) {
            own.start();
            own.createTopic(topic, 2, Map.of());
            try (KafkaProducer<String, String> producer = producer(own, Map.of())) {
                producer.send(new ProducerRecord<>(topic, "k1", "before-restart")).get();
            }
            String address = own.bootstrapServers();
            own.stop();
            assertThat(own.isRunning()).isFalse();

            own.start();
            assertThat(own.bootstrapServers()).isEqualTo(address);
            assertThat(own.admin().listTopics().names().get()).contains(topic);
            try (KafkaProducer<String, String> producer = producer(own, Map.of())) {
                producer.send(new ProducerRecord<>(topic, "k2", "after-restart")).get();
            }
            assertThat(consume(own, topic, 2, "read_uncommitted")).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("before-restart", "after-restart");
        }
        assertThat(dir).exists(); // a given directory survives close

        // A new broker on the directory (as a later run of the launcher would start) finds the data too,
        // although it listens on other ports.
        try (EmbeddedKafkaBroker next = EmbeddedKafkaBroker.builder().dataDir(dir).build()) {
            next.start();
            assertThat(consume(next, topic, 2, "read_uncommitted")).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("before-restart", "after-restart");
        }
    }

    @Test
    void aTakenPortIsReportedClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            EmbeddedKafkaBroker clash = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).build();
            try {
                assertThatThrownBy(clash::start)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("port " + taken.getLocalPort())
                        .hasMessageContaining("already in use");
            } finally {
                clash.close();
            }
        }
    }

    @Test
    void aFatalBrokerErrorThrowsInsteadOfEndingTheJvm() {
        assertThatThrownBy(() -> org.apache.kafka.common.utils.internals.Exit.halt(1, "simulated fatal fault"))
                .isInstanceOf(KafkaExit.FatalKafkaError.class)
                .hasMessageContaining("simulated fatal fault");
    }

    static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker, Map<String, Object> extra) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        p.putAll(extra);
        return new KafkaProducer<>(p);
    }

    static List<ConsumerRecord<String, String>> consume(EmbeddedKafkaBroker broker, String topic, int count,
                                                        String isolation) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
