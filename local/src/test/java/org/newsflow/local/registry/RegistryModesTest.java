package org.newsflow.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.registry.RegistryHttp.schemaBody;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;
import org.newsflow.local.registry.RegistryHttp.Response;

/**
 * Modes (READWRITE, READONLY, IMPORT), registration under a given id, and ids that are never handed out twice, on
 * a registry of its own (modes are global state) with Confluent's answers and error codes.
 */
@Timeout(90)
@ExtendWith(EmbeddedStackExtension.class)
class RegistryModesTest {

    private static final String SCHEMA_A = """
            {"type":"record","name":"A","namespace":"test.modes","fields":[{"name":"x","type":"string"}]}""";
    private static final String SCHEMA_B = """
            {"type":"record","name":"B","namespace":"test.modes","fields":[{"name":"y","type":"long"}]}""";

    private final EmbeddedStack stack;
    private String topic;
    private EmbeddedSchemaRegistry registry;
    private RegistryHttp http;

    RegistryModesTest(EmbeddedStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void start() {
        topic = "_schemas-modes-" + UUID.randomUUID();
        registry = EmbeddedSchemaRegistry.builder().bootstrapServers(stack.bootstrapServers()).topic(topic)
                .build().start();
        http = new RegistryHttp(registry.url());
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void modesAreReadWriteByDefaultAndSetGloballyOrPerSubject() {
        assertThat(http.get("/mode").json().toString()).isEqualTo("{\"mode\":\"READWRITE\"}");
        Response unset = http.get("/mode/s1");
        assertThat(unset.status()).isEqualTo(404);
        assertThat(unset.json().get("error_code").asInt()).isEqualTo(40409);
        assertThat(http.get("/mode/s1?defaultToGlobal=true").json().get("mode").asText()).isEqualTo("READWRITE");

        assertThat(http.put("/mode/s1", "{\"mode\":\"READONLY\"}").json().toString())
                .isEqualTo("{\"mode\":\"READONLY\"}");
        assertThat(http.get("/mode/s1").json().get("mode").asText()).isEqualTo("READONLY");
        assertThat(http.put("/mode", "{\"mode\":\"READONLY\"}").json().get("mode").asText()).isEqualTo("READONLY");
        assertThat(http.get("/mode").json().get("mode").asText()).isEqualTo("READONLY");

        Response invalid = http.put("/mode", "{\"mode\":\"SOMETIMES\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("error_code").asInt()).isEqualTo(42204);

        assertThat(http.delete("/mode/s1").json().get("mode").asText()).isEqualTo("READONLY");
        assertThat(http.get("/mode/s1").status()).isEqualTo(404);
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnsweredAsAgainstDnsRebinding() throws Exception {
        assertThat(statusWithHost("DELETE /subjects/any", "evil.example:" + registry.port())).isEqualTo(403);
        assertThat(statusWithHost("GET /mode", "localhost:" + registry.port())).isEqualTo(200);
        assertThat(statusWithHost("GET /mode", "127.0.0.1:" + registry.port())).isEqualTo(200);
    }

    /** A raw request, because Java's HTTP client does not let a caller choose the Host header. */
    private int statusWithHost(String requestLine, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", registry.port())) {
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void readOnlyRefusesChangesToTheSubjectOnly() {
        register("ro", SCHEMA_A);
        http.put("/mode/ro", "{\"mode\":\"READONLY\"}");

        Response registration = http.post("/subjects/ro/versions", schemaBody(SCHEMA_B));
        Response deletion = http.delete("/subjects/ro");

        assertThat(registration.status()).isEqualTo(422);
        assertThat(registration.json().get("error_code").asInt()).isEqualTo(42205);
        assertThat(registration.json().get("message").asText()).contains("read-only");
        assertThat(deletion.json().get("error_code").asInt()).isEqualTo(42205);
        assertThat(http.get("/subjects/ro/versions").json().toString()).isEqualTo("[1]");
        assertThat(register("other", SCHEMA_B)).isPositive();
    }

    @Test
    void aPermanentDeleteNeedsASoftDeleteFirst() {
        register("keep", SCHEMA_A);

        Response subject = http.delete("/subjects/keep?permanent=true");
        Response version = http.delete("/subjects/keep/versions/1?permanent=true");

        assertThat(subject.status()).isEqualTo(404);
        assertThat(subject.json().get("error_code").asInt()).isEqualTo(40405);
        assertThat(version.json().get("error_code").asInt()).isEqualTo(40407);
        assertThat(http.get("/subjects/keep/versions/1").status()).isEqualTo(200);
    }

    @Test
    void importModeRegistersUnderTheGivenIdAndVersion() {
        register("existing", SCHEMA_A);
        Response idOutsideImport = http.post("/subjects/existing/versions", withId(SCHEMA_B, 5000, null));
        assertThat(idOutsideImport.json().get("error_code").asInt()).isEqualTo(42205);
        assertThat(idOutsideImport.json().get("message").asText()).contains("not in import mode");
        Response importOverSchemas = http.put("/mode/existing", "{\"mode\":\"IMPORT\"}");
        assertThat(importOverSchemas.json().get("error_code").asInt()).isEqualTo(42205);

        assertThat(http.put("/mode/restored", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
        Response withoutId = http.post("/subjects/restored/versions", schemaBody(SCHEMA_B));
        assertThat(withoutId.json().get("error_code").asInt()).isEqualTo(42205);
        Response imported = http.post("/subjects/restored/versions", withId(SCHEMA_B, 5000, 3));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("id").asInt()).isEqualTo(5000);
        Response sameIdOtherSchema = http.post("/subjects/restored/versions", withId(SCHEMA_A, 5000, 4));
        assertThat(sameIdOtherSchema.json().get("error_code").asInt()).isEqualTo(42205);
        http.delete("/mode/restored");

        Response version3 = http.get("/subjects/restored/versions/3");
        assertThat(version3.json().get("id").asInt()).isEqualTo(5000);
        assertThat(http.get("/schemas/ids/5000").status()).isEqualTo(200);
        assertThat(register("after-import", """
                {"type":"record","name":"C","namespace":"test.modes","fields":[{"name":"z","type":"int"}]}"""))
                .isGreaterThan(5000);
    }

    @Test
    void anIdIsNeverHandedOutTwiceEvenAfterPermanentDeleteCompactionAndRestart() {
        register("first", SCHEMA_A);
        int highest = register("doomed", SCHEMA_B);
        http.delete("/subjects/doomed");
        assertThat(http.delete("/subjects/doomed?permanent=true").status()).isEqualTo(200);
        assertThat(http.get("/schemas/ids/" + highest).status()).isEqualTo(404);
        registry.close();

        // What log compaction leaves once the tombstones expire: the latest value of every live key.
        String compacted = topic + "-compacted";
        copyAsCompactionWould(topic, compacted);
        registry = EmbeddedSchemaRegistry.builder().bootstrapServers(stack.bootstrapServers()).topic(compacted)
                .build().start();
        http = new RegistryHttp(registry.url());

        int next = register("newcomer", """
                {"type":"record","name":"D","namespace":"test.modes","fields":[{"name":"w","type":"double"}]}""");
        assertThat(next).isGreaterThan(highest);
    }

    private int register(String subject, String schema) {
        Response r = http.post("/subjects/" + subject + "/versions", schemaBody(schema));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asInt();
    }

    private static String withId(String schema, int id, Integer version) {
        var body = RegistryHttp.JSON.createObjectNode().put("schema", schema).put("id", id);
        if (version != null) {
            body.put("version", version);
        }
        return body.toString();
    }

    private void copyAsCompactionWould(String from, String to) {
        Map<String, String> latest = new LinkedHashMap<>();
        Map<String, Object> consumerProps = new HashMap<>(stack.broker().clientProperties());
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(from, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    latest.remove(r.key());
                    latest.put(r.key(), r.value());
                }
            }
        }
        latest.values().removeIf(v -> v == null);
        stack.broker().createTopic(to, 1, Map.of("cleanup.policy", "compact"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(stack.broker().clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            latest.forEach((k, v) -> producer.send(new ProducerRecord<>(to, 0, k, v)));
            producer.flush();
        }
    }
}
