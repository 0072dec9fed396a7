package org.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.serde.AvroDeserializer;
import org.newsflow.schemas.serde.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints a topic's records as JSON lines, Avro decoded through the registry, other values as text. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic's events as JSON lines (Avro decoded through the Schema Registry).")
public final class TailCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "TOPIC", description = "Topic to read, e.g. news.paragraphs.enriched.")
    String topic;

    @Option(names = "--from-beginning", defaultValue = "true", negatable = true,
            description = "Start at the earliest record (default) or only print new ones.")
    boolean fromBeginning;

    @Option(names = {"-n", "--max"}, paramLabel = "N", description = "Stop after N records.")
    Long max;

    @Option(names = "--idle-exit", paramLabel = "SECONDS",
            description = "Exit after this many seconds without a new record (default: follow forever).")
    Long idleExitSeconds;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        NewsflowConfig config = configOptions.load();
        Map<String, Object> props = new java.util.HashMap<>(KafkaClientProperties.consumer(config));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        AvroDeserializer<Object> avro = new AvroDeserializer<>();
        avro.configure(config.kafkaProperties(), false);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long printed = 0;
        long idleSince = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            while (max == null || printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && idleExitSeconds != null
                        && System.nanoTime() - idleSince > Duration.ofSeconds(idleExitSeconds).toNanos()) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    idleSince = System.nanoTime();
                    out.println(toJson(record, avro));
                    if (max != null && ++printed >= max) {
                        break;
                    }
                }
            }
        }
        return 0;
    }

    private static String toJson(ConsumerRecord<byte[], byte[]> record, AvroDeserializer<Object> avro) {
        ObjectNode line = JSON.createObjectNode();
        line.put("topic", record.topic()).put("partition", record.partition()).put("offset", record.offset())
                .put("timestamp", record.timestamp());
        line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        byte[] value = record.value();
        try {
            if (value != null && value.length >= WireFormat.HEADER_SIZE && value[0] == WireFormat.MAGIC_BYTE) {
                Object decoded = avro.deserialize(record.topic(), value);
                line.put("schemaId", WireFormat.schemaId(value));
                line.set("value", JSON.readTree(decoded instanceof GenericContainer c ? c.toString()
                        : String.valueOf(decoded)));
            } else {
                line.put("value", value == null ? null : new String(value, StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            line.put("error", e.getMessage());
        }
        return line.toString();
    }

}
