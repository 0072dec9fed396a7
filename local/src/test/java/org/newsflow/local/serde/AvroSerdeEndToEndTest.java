package org.newsflow.local.serde;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;
import org.newsflow.local.SampleEvents;
import org.newsflow.schemas.Topic;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.RestSchemaRegistryClient;
import org.newsflow.schemas.registry.SchemaRegistryException;
import org.newsflow.schemas.serde.AvroSerializer;

/** The serdes and the registry client against the real embedded broker and registry, over HTTP. */
@ExtendWith(EmbeddedStackExtension.class)
class AvroSerdeEndToEndTest {

    private final EmbeddedStack stack;
    private final Topics topics;

    AvroSerdeEndToEndTest(EmbeddedStack stack) {
        this.stack = stack;
        String prefix = "serde-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        this.topics = PipelineTopics.catalogue(NewsflowConfig.defaults().with(Map.of(
                "bootstrap.servers", stack.bootstrapServers(),
                "schema.registry.url", stack.schemaRegistryUrl(),
                "topic.prefix", prefix)));
        stack.broker().createTopics(topics.allNames().toArray(String[]::new));
    }

    @Test
    void everyEventTypeRoundTripsThroughTheBroker() {
        roundTrip(topics.articles(), "a1", SampleEvents.article("a1"));
        roundTrip(topics.paragraphs(), "a1", SampleEvents.paragraph("a1", 1));
        roundTrip(topics.enriched(), "a1", SampleEvents.enriched("a1", 1));
        roundTrip(topics.actorsReference(), "andrii_sybiha", SampleEvents.actor("andrii_sybiha"));
        roundTrip(topics.deadLetters(), new byte[] {1, 2}, SampleEvents.deadLetter());

        assertThat(topics.registry().subjects()).contains(topics.name(Topics.PARAGRAPHS) + "-value",
                topics.name(Topics.ENRICHED) + "-value", topics.name(Topics.DLQ) + "-value");
    }

    @Test
    void anIncompatibleChangeIsRefusedWith409AndTheRegistrysReason() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(stack.schemaRegistryUrl());
        String subject = topics.name(Topics.PARAGRAPHS) + "-value";
        client.register(subject, ParagraphIngested.getClassSchema());
        Schema incompatible = SchemaBuilder.record("ParagraphIngested").namespace("org.newsflow.events").fields()
                .requiredString("eventId").requiredLong("newRequiredField").endRecord();

        assertThatThrownBy(() -> client.register(subject, incompatible))
                .isInstanceOfSatisfying(SchemaRegistryException.Incompatible.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("newRequiredField");
        assertThat(client.isCompatible(subject, incompatible)).isFalse();
        assertThat(client.latest(subject).schema()).isEqualTo(ParagraphIngested.getClassSchema());
        assertThat(client.compatibilityLevel(subject)).isEqualTo("BACKWARD_TRANSITIVE");

        client.setCompatibilityLevel(subject, "NONE");
        assertThat(client.compatibilityLevel(subject)).isEqualTo("NONE");
        assertThat(client.isCompatible(subject, incompatible)).isTrue();
    }

    @Test
    void anUnknownSchemaIdIsATypedError() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(stack.schemaRegistryUrl());

        assertThatThrownBy(() -> client.getById(987_654))
                .isInstanceOf(SchemaRegistryException.SchemaNotFound.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40403));
    }

    @Test
    void aRegistryThatIsDownFailsFastWithItsUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;
        AvroSerializer<ParagraphIngested> serializer = new AvroSerializer<>(
                new RestSchemaRegistryClient(url, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> serializer.serialize("news.paragraphs", SampleEvents.paragraph("a", 1)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(url)
                .cause().isInstanceOf(SchemaRegistryException.Unavailable.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    private <K, V> void roundTrip(Topic<K, V> topic, K key, V value) {
        Map<String, Object> producerProps = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<K, V> producer = new KafkaProducer<>(producerProps, topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("produce to " + topic, e);
        }
        Map<String, Object> consumerProps = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "rt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(consumerProps, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        assertThat(received).as("records read back from " + topic).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo(key);
        assertThat(received.get(0).value()).isEqualTo(value);
    }
}
