package org.newsflow.bench;

import org.newsflow.runtime.topics.PipelineTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.registry.EmbeddedSchemaRegistry;
import org.newsflow.schemas.Topics;

/**
 * The broker path on this machine, side by side: raw byte producer/consumer, the same records through the Avro
 * serdes and the registry, and consume→produce loops (at-least-once and transactional) that bound what any
 * Streams app can reach here.
 */
final class KafkaPathBench {

    private final int records;
    private final int rounds;

    KafkaPathBench(int records, int rounds) {
        this.records = records;
        this.rounds = rounds;
    }

    Results run() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start();
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder()
                     .kafkaProperties(broker.clientProperties()).port(0).build().start()) {
            Topics topics = PipelineTopics.catalogue(NewsflowConfig.defaults().with(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(), "schema.registry.url", registry.url())));
            List<ParagraphIngested> paragraphs = Corpus.paragraphEvents(records);
            Serializer<ParagraphIngested> avro = topics.paragraphs().valueSerde().serializer();
            List<byte[]> raw = paragraphs.stream().map(p -> avro.serialize("sizing", p)).toList();
            double avgBytes = raw.stream().mapToInt(b -> b.length).average().orElse(0);

            List<Double> rawProduce = new ArrayList<>();
            List<Double> avroProduce = new ArrayList<>();
            List<Double> rawConsume = new ArrayList<>();
            List<Double> avroConsume = new ArrayList<>();
            List<Double> loopAlo = new ArrayList<>();
            List<Double> loopTx = new ArrayList<>();
            for (int round = -1; round < rounds; round++) {
                String id = UUID.randomUUID().toString().substring(0, 6);
                String rawTopic = "bench-raw-" + id;
                String avroTopic = "bench-avro-" + id;
                broker.createTopic(rawTopic, 3, Map.of());
                broker.createTopic(avroTopic, 3, Map.of());
                broker.createTopic(rawTopic + "-out", 3, Map.of());
                broker.createTopic(rawTopic + "-tx", 3, Map.of());
                double p1 = produce(broker, rawTopic, raw, new ByteArraySerializer());
                double p2 = produce(broker, avroTopic, paragraphs, avro);
                double c1 = consume(broker, rawTopic, new ByteArrayDeserializer());
                double c2 = consume(broker, avroTopic, topics.paragraphs().valueSerde().deserializer());
                double l1 = loop(broker.clientProperties(), rawTopic, rawTopic + "-out", false, records);
                double l2 = loop(broker.clientProperties(), rawTopic, rawTopic + "-tx", true, records);
                if (round >= 0) {
                    rawProduce.add(p1);
                    avroProduce.add(p2);
                    rawConsume.add(c1);
                    avroConsume.add(c2);
                    loopAlo.add(l1);
                    loopTx.add(l2);
                }
                System.out.printf("   kafka round %d: produce raw %.0f avro %.0f, consume raw %.0f avro %.0f, "
                        + "loop %.0f tx %.0f rec/s%n", round, p1, p2, c1, c2, l1, l2);
            }
            return new Results("kafka-path")
                    .input("records", records).input("rounds", rounds).input("warmupRounds", 1)
                    .input("avgValueBytes", Math.round(avgBytes)).input("partitions", 3)
                    .row("producer, raw bytes", "records/s", rawProduce, null)
                    .row("producer, Avro serde + registry", "records/s", avroProduce, "producer, raw bytes")
                    .row("consumer, raw bytes", "records/s", rawConsume, null)
                    .row("consumer, Avro serde + registry", "records/s", avroConsume, "consumer, raw bytes")
                    .row("consume→produce, at-least-once", "records/s", loopAlo, null)
                    .row("consume→produce, transactional", "records/s", loopTx, "consume→produce, at-least-once");
        }
    }

    private <V> double produce(EmbeddedKafkaBroker broker, String topic, List<V> values, Serializer<V> serializer)
            throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.putAll(broker.clientProperties());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long start = System.nanoTime();
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(props, new StringSerializer(), serializer)) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "article-" + (i / 10), values.get(i)));
            }
            producer.flush();
        }
        return values.size() / seconds(start);
    }

    private <V> double consume(EmbeddedKafkaBroker broker, String topic, Deserializer<V> deserializer) {
        long start = System.nanoTime();
        int seen = 0;
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerProps(broker.clientProperties()),
                new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (seen < records && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return seen / seconds(start);
    }

    /** Records/s of a consume→produce loop copying {@code records} records from {@code in} to {@code out}. */
    static double loop(Map<String, Object> kafka, String in, String out, boolean transactional, int records)
            throws Exception {
        Map<String, Object> producerProps = new HashMap<>();
        producerProps.putAll(kafka);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producerProps.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        if (transactional) {
            producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-" + UUID.randomUUID());
        }
        Map<String, Object> consumerProps = consumerProps(kafka);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, !transactional);
        long start = System.nanoTime();
        int seen = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
                     new ByteArraySerializer())) {
            if (transactional) {
                producer.initTransactions();
            }
            consumer.subscribe(List.of(in));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (seen < records && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
                if (batch.isEmpty()) {
                    continue;
                }
                if (transactional) {
                    producer.beginTransaction();
                }
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : batch) {
                    producer.send(new ProducerRecord<>(out, record.key(), record.value()));
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                if (transactional) {
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                }
                seen += batch.count();
            }
            producer.flush();
        }
        return seen / seconds(start);
    }

    private static Map<String, Object> consumerProps(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>();
        props.putAll(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return props;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
