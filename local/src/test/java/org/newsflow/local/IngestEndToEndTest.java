package org.newsflow.local;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.ingest.IngestApp;
import org.newsflow.ingest.cli.SubmitCommand;
import org.newsflow.schemas.Topics;
import picocli.CommandLine;

/**
 * The ingest service on the embedded broker and registry: articles arrive through the ingest topic, HTTP and the
 * CLI, and come out as Avro paragraph events, exactly once per distinct submission; bad input goes to the
 * dead-letter topic while good articles keep flowing.
 */
@Timeout(300)
@ExtendWith(EmbeddedStackExtension.class)
class IngestEndToEndTest {

    private static final String SEED_FILE = "000_82713d2b37d66114.txt";
    private static final int SEED_PARAGRAPHS = 10;
    private static final int MAX_BYTES = 20_000;
    private static final int MAX_PARAGRAPHS = 50;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path tempDir;

    private static EmbeddedStack stack;
    private static NewsflowConfig config;
    private static Topics topics;
    private static IngestApp app;
    private static KafkaProducer<String, byte[]> producer;
    private static String seed;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startIngest(EmbeddedStack embedded) throws Exception {
        stack = embedded;
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new HashMap<>();
        settings.put(ConfigKeys.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        settings.put(ConfigKeys.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        // Own topics and application id: other tests share the broker.
        settings.put(ConfigKeys.TOPIC_PREFIX, "e2e-" + run + ".");
        settings.put(ConfigKeys.TOPIC_PARTITIONS, "2");
        settings.put(ConfigKeys.INGEST_APPLICATION_ID, "ingest-e2e-" + run);
        settings.put(ConfigKeys.STATE_DIR, tempDir.resolve("state").toString());
        settings.put(ConfigKeys.INGEST_HTTP_PORT, "0");
        settings.put(ConfigKeys.INGEST_MAX_ARTICLE_BYTES, Integer.toString(MAX_BYTES));
        settings.put(ConfigKeys.INGEST_MAX_PARAGRAPHS, Integer.toString(MAX_PARAGRAPHS));
        settings.put(ConfigKeys.ROCKSDB_MEMORY_BYTES, Integer.toString(16 << 20));
        settings.put("processing.exception.handler.global.enabled", "true");
        config = NewsflowConfig.defaults().with(settings);
        topics = PipelineTopics.catalogue(config);
        seed = Files.readString(seedPath());

        app = IngestApp.start(config);
        await().atMost(WAIT).until(app::isRunning);
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopIngest() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (app != null) {
            app.close();
        }
    }

    private static Path seedPath() {
        String repo = System.getProperty("newsflow.repo.dir");
        return (repo != null ? Path.of(repo) : Path.of("..")).resolve("seeds").resolve(SEED_FILE);
    }

    @Test
    void theSeedArticleSubmittedThreeWaysIsPublishedOncePerDistinctSubmission() throws Exception {
        // Three distinct articles with the seed's body: plain text on the topic, JSON over HTTP, a file via the CLI.
        RecordMetadata viaTopic = produce(null, seed.getBytes(StandardCharsets.UTF_8));
        assertThat(postJson(Map.of("id", "e2e-http", "body", seed)).statusCode()).isEqualTo(202);
        Path cliFile = tempDir.resolve("e2e-cli.json");
        Files.writeString(cliFile, json(Map.of("id", "e2e-cli", "body", seed)));
        assertThat(submitWithCli(cliFile)).isZero();

        List<ParagraphIngested> topicArticle = awaitParagraphs(p -> p.getArticleId().startsWith("sha256:")
                && p.getText().equals(seed.lines().findFirst().orElseThrow()), 1);
        String hashedId = topicArticle.get(0).getArticleId();
        for (String id : List.of(hashedId, "e2e-http", "e2e-cli")) {
            List<ParagraphIngested> paragraphs = awaitParagraphs(p -> p.getArticleId().equals(id), SEED_PARAGRAPHS);
            assertThat(paragraphs).extracting(ParagraphIngested::getIndex)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, SEED_PARAGRAPHS).boxed().toList());
            assertThat(paragraphs).extracting(ParagraphIngested::getText)
                    .containsExactlyElementsOf(seed.lines().toList());
            assertThat(paragraphs).extracting(ParagraphIngested::getRevision).containsOnly(
                    paragraphs.get(0).getRevision());
        }
        assertThat(viaTopic.topic()).isEqualTo(topics.submitted().name());

        // The same submissions again, the seed as text/plain over HTTP, and the .txt file via the CLI: all
        // identical to what was published, so nothing new comes out.
        double duplicatesBefore = app.metrics().duplicates();
        produce("any-key", seed.getBytes(StandardCharsets.UTF_8));
        assertThat(postJson(Map.of("id", "e2e-http", "body", seed)).statusCode()).isEqualTo(202);
        assertThat(submitWithCli(cliFile)).isZero();
        HttpResponse<String> text = post("text/plain", seed.getBytes(StandardCharsets.UTF_8));
        assertThat(text.body()).contains(hashedId);
        assertThat(submitWithCli(seedPath())).isZero();
        await().atMost(WAIT).until(() -> app.metrics().duplicates() >= duplicatesBefore + 5);

        for (String id : List.of(hashedId, "e2e-http", "e2e-cli")) {
            assertThat(readAll(topics.paragraphs().name(), topics.paragraphs().valueSerde().deserializer(),
                    p -> p.getArticleId().equals(id))).hasSize(SEED_PARAGRAPHS);
        }
    }

    @Test
    void aChangedArticleYieldsANewRevision() throws Exception {
        assertThat(postJson(Map.of("id", "e2e-revised", "title", "First", "body", seed)).statusCode())
                .isEqualTo(202);
        List<ParagraphIngested> first = awaitParagraphs(p -> p.getArticleId().equals("e2e-revised"),
                SEED_PARAGRAPHS);

        String changed = seed.replace("That time is coming.", "That time has come.");
        assertThat(postJson(Map.of("id", "e2e-revised", "title", "First", "body", changed)).statusCode())
                .isEqualTo(202);
        List<ParagraphIngested> all = awaitParagraphs(p -> p.getArticleId().equals("e2e-revised"),
                2 * SEED_PARAGRAPHS);

        String oldRevision = first.get(0).getRevision();
        List<ParagraphIngested> revised = all.subList(SEED_PARAGRAPHS, all.size());
        assertThat(revised).extracting(ParagraphIngested::getRevision).doesNotContain(oldRevision)
                .containsOnly(revised.get(0).getRevision());
        assertThat(revised.get(0).getText()).contains("That time has come.");
        assertThat(readAll(topics.articles().name(), topics.articles().valueSerde().deserializer(),
                a -> a.getArticleId().equals("e2e-revised"))).extracting(ArticleIngested::getRevision)
                .containsExactly(oldRevision, revised.get(0).getRevision());
    }

    @Test
    void badInputLandsInTheDeadLetterTopicWhileGoodArticlesAroundItStillFlow() throws Exception {
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("bad-json", utf8("{\"id\":\"x\",\"body\":"));
        bad.put("bad-no-body", utf8("{\"id\":\"x\",\"title\":\"no body\"}"));
        bad.put("bad-empty", utf8("{\"body\":\"  \\n \"}"));
        bad.put("bad-utf8", "Caf\u00E9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("bad-large", utf8("x".repeat(MAX_BYTES + 1)));
        bad.put("bad-paragraphs", utf8("p\n".repeat(MAX_PARAGRAPHS + 1)));
        Map<String, String> reasons = Map.of("bad-json", "not valid JSON", "bad-no-body", "no \"body\" field",
                "bad-empty", "body is empty", "bad-utf8", "not valid UTF-8",
                "bad-large", "over the limit of " + MAX_BYTES + " bytes",
                "bad-paragraphs", "over the limit of " + MAX_PARAGRAPHS);

        produce("good-before", utf8(json(Map.of("id", "e2e-good-before", "body", "Before.\nStill before."))));
        Map<String, RecordMetadata> sent = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : bad.entrySet()) {
            sent.put(entry.getKey(), produce(entry.getKey(), entry.getValue()));
        }
        produce("good-after", utf8(json(Map.of("id", "e2e-good-after", "body", "After."))));

        assertThat(awaitParagraphs(p -> p.getArticleId().equals("e2e-good-before"), 2))
                .extracting(ParagraphIngested::getText).containsExactly("Before.", "Still before.");
        assertThat(awaitParagraphs(p -> p.getArticleId().equals("e2e-good-after"), 1))
                .extracting(ParagraphIngested::getText).containsExactly("After.");

        Deserializer<DeadLetter> letters = topics.deadLetters().valueSerde().deserializer();
        List<DeadLetter> dead = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            dead.clear();
            dead.addAll(readAll(topics.deadLetters().name(), letters,
                    d -> d.getOriginalKey() != null && bad.containsKey(text(d.getOriginalKey()))));
            return dead.size() >= bad.size();
        });
        assertThat(dead).hasSize(bad.size());
        for (DeadLetter letter : dead) {
            String key = text(letter.getOriginalKey());
            assertThat(letter.getStage()).isEqualTo("ingest.parse");
            assertThat(letter.getReason()).as(key).contains(reasons.get(key));
            assertThat(bytes(letter.getOriginalValue())).as(key).isEqualTo(bad.get(key));
            assertThat(letter.getSourceTopic()).isEqualTo(topics.submitted().name());
            assertThat(letter.getSourcePartition()).isEqualTo(sent.get(key).partition());
            assertThat(letter.getSourceOffset()).isEqualTo(sent.get(key).offset());
        }
        assertThat(app.isRunning()).isTrue();
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(postJson(Map.of("id", "e2e-metrics", "body", "Counted.")).statusCode()).isEqualTo(202);
        awaitParagraphs(p -> p.getArticleId().equals("e2e-metrics"), 1);
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("newsflow_ingest_articles_published_total",
                "newsflow_ingest_articles_duplicates_total", "newsflow_ingest_articles_rejected_total",
                "kafka_stream_", "kafka_producer_");
    }

    // --- helpers ---

    private static RecordMetadata produce(String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(topics.submitted().name(), key, value)).get();
    }

    private HttpResponse<String> postJson(Map<String, String> article) throws Exception {
        return post("application/json", utf8(json(article)));
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + "/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int submitWithCli(Path file) {
        return new CommandLine(new SubmitCommand()).execute("--bootstrap-servers", stack.bootstrapServers(),
                "--schema-registry-url", stack.schemaRegistryUrl(),
                "-D", ConfigKeys.TOPIC_PREFIX + "=" + config.get(ConfigKeys.TOPIC_PREFIX), file.toString());
    }

    /** Waits until {@code count} matching paragraphs are committed; returns them in log order. */
    private static List<ParagraphIngested> awaitParagraphs(Predicate<ParagraphIngested> filter, int count) {
        Deserializer<ParagraphIngested> deserializer = topics.paragraphs().valueSerde().deserializer();
        List<ParagraphIngested> found = new ArrayList<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            found.clear();
            found.addAll(readAll(topics.paragraphs().name(), deserializer, filter));
            return found.size() >= count;
        });
        return found;
    }

    /** Every committed record of {@code topic} that matches, partition by partition in offset order. */
    private static <V> List<V> readAll(String topic, Deserializer<V> deserializer, Predicate<V> filter) {
        List<V> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = consumer(deserializer, topic)) {
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && end.entrySet().stream()
                    .anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(100))) {
                    if (filter.test(record.value())) {
                        out.add(record.value());
                    }
                }
            }
        }
        return out;
    }

    private static <V> KafkaConsumer<String, V> consumer(Deserializer<V> deserializer, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static String json(Map<String, String> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }

    private static String text(ByteBuffer buffer) {
        return new String(bytes(buffer), StandardCharsets.UTF_8);
    }
}
