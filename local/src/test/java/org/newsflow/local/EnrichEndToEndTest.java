package org.newsflow.local;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.Actor;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.Topic;
import org.newsflow.schemas.Topics;

/** The seed article from {@code news.paragraphs} to {@code news.paragraphs.enriched} on the embedded stack. */
@Timeout(180)
@ExtendWith(EmbeddedStackExtension.class)
class EnrichEndToEndTest {

    private static final Path SEED = Path.of(System.getProperty("newsflow.repo.dir", ".."))
            .resolve("seeds/000_82713d2b37d66114.txt");

    @Test
    void enrichesTheSeedArticleExactlyOnceAndDeadLettersAnUndecodableRecord(EmbeddedStack stack,
                                                                             @TempDir Path stateDir)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        NewsflowConfig config = NewsflowConfig.defaults().with(Map.of(
                ConfigKeys.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
                ConfigKeys.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
                ConfigKeys.TOPIC_PREFIX, "e2e-" + run + ".",
                ConfigKeys.ENRICH_APPLICATION_ID, "enrich-e2e-" + run,
                ConfigKeys.STATE_DIR, stateDir.toString(),
                "commit.interval.ms", "100"));
        Topics topics = PipelineTopics.catalogue(config);
        List<String> texts = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        String articleId = "seed-" + run;

        try (EnrichApp app = EnrichApp.start(config)) {
            Map<String, Object> producerProps = new HashMap<>(config.kafkaProperties());
            producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerProps, new StringSerializer(),
                    new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(topics.paragraphs().name(), articleId,
                        "not avro".getBytes(StandardCharsets.UTF_8))).get();
            }
            try (KafkaProducer<String, ParagraphIngested> producer = new KafkaProducer<>(producerProps,
                    topics.paragraphs().keySerde().serializer(), topics.paragraphs().valueSerde().serializer())) {
                for (int i = 0; i < texts.size(); i++) {
                    producer.send(new ProducerRecord<>(topics.paragraphs().name(), articleId,
                            paragraph(articleId, i + 1, texts.size(), texts.get(i)))).get();
                }
            }

            List<ParagraphEnriched> enriched = consume(config, topics.enriched(), texts.size());
            assertThat(enriched).extracting(ParagraphEnriched::getIndex)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            assertThat(enriched).allSatisfy(p -> assertThat(p.getArticleId()).isEqualTo(articleId));
            assertThat(enriched).extracting(ParagraphEnriched::getText).containsExactlyElementsOf(texts);
            assertThat(enriched.stream().flatMap(p -> p.getActors().stream()).map(Actor::getActorId)
                    .collect(Collectors.toSet()))
                    .contains("marco_rubio", "vladimir_putin", "nato", "russia", "ukraine", "kirill_dmitriev");
            assertThat(enriched.get(6).getActors()).extracting(Actor::getActorId).contains("kirill_dmitriev");

            List<DeadLetter> letters = consume(config, topics.deadLetters(), 1);
            assertThat(letters).singleElement().satisfies(l -> {
                assertThat(l.getStage()).endsWith(".deserialize");
                assertThat(l.getSourceTopic()).isEqualTo(topics.paragraphs().name());
            });
            assertThat(app.runner().isRunning()).isTrue();
            assertThat(recordsIn(config, topics.actorsReference().name()))
                    .isEqualTo(KnowledgeBase.bundled().size());
        }
    }

    private static ParagraphIngested paragraph(String articleId, int index, int count, String text) {
        return ParagraphIngested.newBuilder()
                .setEventId(articleId + ":" + index)
                .setArticleId(articleId)
                .setRevision("r1")
                .setIndex(index)
                .setCount(count)
                .setText(text)
                .setIngestedAt(Instant.now())
                .build();
    }

    /** Reads committed records from the beginning until {@code count} arrived or a minute passed. */
    private static <K, V> List<V> consume(NewsflowConfig config, Topic<K, V> topic, int count) {
        Map<String, Object> props = new HashMap<>(config.kafkaProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Deserializer<K> keys = topic.keySerde().deserializer();
        Deserializer<V> values = topic.valueSerde().deserializer();
        List<V> out = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }

    private static long recordsIn(NewsflowConfig config, String topic) {
        Map<String, Object> props = new HashMap<>(config.kafkaProperties());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
