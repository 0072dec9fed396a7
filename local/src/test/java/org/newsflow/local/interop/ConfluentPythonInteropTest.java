package org.newsflow.local.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;

/**
 * The embedded registry and broker against clients nobody on this project wrote: Confluent's Python
 * {@code SchemaRegistryClient}, librdkafka and Apache Avro for Python (Debian packages python3-confluent-kafka,
 * python3-avro, python3-requests, run with /usr/bin/python3). The script is
 * {@code src/test/resources/interop/confluent_interop.py}; it explains what it checks.
 */
@Timeout(180)
@ExtendWith(EmbeddedStackExtension.class)
class ConfluentPythonInteropTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Java side's record: same shape as the script's, another name so the script must fetch it by id. */
    private static final Schema FROM_JAVA = new Schema.Parser().parse("""
            {"type":"record","name":"FromJava","namespace":"org.newsflow.interop","fields":[
              {"name":"id","type":"string"},
              {"name":"count","type":"long"},
              {"name":"score","type":"double"},
              {"name":"tags","type":{"type":"array","items":"string"}},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"label","type":{"type":"enum","name":"Label","symbols":["NEGATIVE","NEUTRAL","POSITIVE"]}}]}
            """);

    @BeforeAll
    static void requirePython() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: " + PYTHON + " is missing (apt-get install -y "
                + "python3-confluent-kafka python3-avro python3-requests)");
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c",
                "import confluent_kafka, confluent_kafka.schema_registry, avro.io, requests")
                .redirectErrorStream(true).start();
        boolean done = probe.waitFor(30, TimeUnit.SECONDS);
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            probe.destroyForcibly();
        }
        assumeTrue(done && probe.exitValue() == 0, "skipped: the Python modules are missing, install them with "
                + "apt-get install -y python3-confluent-kafka python3-avro python3-requests (" + output.trim() + ")");
    }

    @Test
    void confluentsPythonClientsWorkWithTheEmbeddedRegistryAndBroker(EmbeddedStack stack) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fromJava = "interop.from-java-" + run;
        String toJava = "interop.to-java-" + run;
        stack.broker().createTopics(fromJava, toJava);

        int javaSchemaId = registerOverHttp(stack.schemaRegistryUrl(), fromJava + "-value", FROM_JAVA);
        GenericRecord sent = new GenericData.Record(FROM_JAVA);
        sent.put("id", "from-java");
        sent.put("count", 9_007_199_254_740_993L);
        sent.put("score", 0.125);
        sent.put("tags", List.of("x", "Kyiv – “y”"));
        sent.put("note", "written by Java");
        sent.put("label", new GenericData.EnumSymbol(FROM_JAVA.getField("label").schema(), "NEGATIVE"));
        produce(stack.bootstrapServers(), fromJava, wireFormat(javaSchemaId, sent));

        JsonNode result = runScript(stack, fromJava, toJava);

        // The script decoded the Java record with Apache Avro and the schema it fetched by id.
        JsonNode decoded = result.get("decoded");
        assertThat(decoded.get("id").asText()).isEqualTo("from-java");
        assertThat(decoded.get("count").asLong()).isEqualTo(9_007_199_254_740_993L);
        assertThat(decoded.get("score").asDouble()).isEqualTo(0.125);
        assertThat(decoded.get("tags").toString()).isEqualTo("[\"x\",\"Kyiv – “y”\"]");
        assertThat(decoded.get("note").asText()).isEqualTo("written by Java");
        assertThat(decoded.get("label").asText()).isEqualTo("NEGATIVE");
        // Every registry call of the script (a dozen) went over one keep-alive connection.
        assertThat(result.get("requests").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(result.get("connections").asInt()).isEqualTo(1);

        // librdkafka's record, decoded here with the schema fetched from the registry by the id in its header.
        byte[] payload = consumeOne(stack.bootstrapServers(), toJava);
        assertThat(payload[0]).isEqualTo((byte) 0);
        int schemaId = ByteBuffer.wrap(payload, 1, 4).getInt();
        assertThat(schemaId).isEqualTo(result.get("schemaId").asInt());
        Schema writer = new Schema.Parser().parse(
                getJson(stack.schemaRegistryUrl() + "/schemas/ids/" + schemaId).get("schema").asText());
        GenericRecord received = new GenericDatumReader<GenericRecord>(writer)
                .read(null, DecoderFactory.get().binaryDecoder(payload, 5, payload.length - 5, null));
        assertThat(received.get("id")).hasToString("from-python");
        assertThat(received.get("count")).isEqualTo(1_234_567_890_123L);
        assertThat(received.get("score")).isEqualTo(-0.25);
        assertThat(received.get("tags").toString()).isEqualTo("[a, Zürich “b”]");
        assertThat(received.get("note")).isNull();
        assertThat(received.get("label")).hasToString("POSITIVE");
    }

    private static JsonNode runScript(EmbeddedStack stack, String fromJava, String toJava) throws Exception {
        Path script = resource("/interop/confluent_interop.py");
        Path stdout = Files.createTempFile("interop-", ".out");
        Path stderr = Files.createTempFile("interop-", ".err");
        try {
            Process process = new ProcessBuilder(PYTHON.toString(), script.toString(), stack.schemaRegistryUrl(),
                    stack.bootstrapServers(), fromJava, toJava)
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the interop script did not finish within 120 s; stderr:%n%s", Files.readString(stderr));
            }
            String out = Files.readString(stdout);
            assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, Files.readString(stderr))
                    .isZero();
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static byte[] wireFormat(int schemaId, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static void produce(String bootstrap, String topic, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "from-java".getBytes(StandardCharsets.UTF_8), value))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] consumeOne(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "interop-java-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertThat(records).as("records produced by librdkafka on " + topic).hasSize(1);
        return records.get(0).value();
    }

    private static int registerOverHttp(String url, String subject, Schema schema) throws Exception {
        String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "/subjects/" + subject + "/versions"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("id").asInt();
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ConfluentPythonInteropTest.class.getResource(name).toURI());
    }
}
