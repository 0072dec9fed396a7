package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.ingest.cli.SubmitCommand;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.dlq.DeadLetters;
import picocli.CommandLine;

/**
 * Inputs at and over every size limit, through each way in (HTTP, the Kafka topic, the CLI), on the pipeline's
 * default limits and a broker with Kafka's default record limit, and records the broker refuses for other
 * reasons: none of them stops the pipeline. Each case ends
 * with an ordinary article, which must be served within seconds, and accounts for every input: served (cut and
 * flagged where a limit applied) or in the dead-letter topic as a small letter with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class OversizedInputFaultTest {

    private static final Duration SERVED = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Over ingest.max.paragraph.bytes (64 KiB) and within ingest.max.article.bytes (480 KiB): one paragraph. */
    private static final String DENSE = "Russia and Ukraine. ".repeat(24_000);

    private static Path workDir;
    private static FaultPipeline pipeline;
    private static Topics topics;
    private static KafkaProducer<String, byte[]> producer;
    private static String run;

    @BeforeAll
    static void startPipeline() throws IOException {
        workDir = Files.createTempDirectory("newsflow-oversize-");
        run = UUID.randomUUID().toString().substring(0, 6);
        // Short, so that the stall case sees it reported within seconds.
        pipeline = FaultPipeline.start(workDir, Map.of("health.stall.ms", "3000"));
        topics = pipeline.local().topics();
        producer = FaultSupport.producer(pipeline.bootstrapServers());
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        FaultSupport.finish(producer, pipeline, workDir);
    }

    @Test
    @Order(1)
    void bodiesTheTopicsCannotCarryAre413OverHttpAndTheDensePargraphIsServedCut() throws Exception {
        long started = System.nanoTime();
        int refused = 0;
        for (int size : new int[] {1_048_400, 1_048_500, 1_048_576, 491_521}) {
            HttpResponse<String> answer = post("text/plain", "a".repeat(size));
            assertThat(answer.statusCode()).as("HTTP status for a " + size + "-byte body").isEqualTo(413);
            assertThat(answer.body()).contains("over the limit of 491520 bytes").doesNotContain("org.apache")
                    .doesNotContain("Exception");
            refused++;
        }
        String dense = run + "-http-dense";
        HttpResponse<String> accepted = post("application/json", json(dense, DENSE));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String normal = run + "-http-normal";
        assertThat(post("application/json", json(normal, "Putin spoke.")).statusCode()).isEqualTo(202);

        long servedMs = awaitServed(normal, started);
        ParagraphEnriched cut = awaitEnriched(dense);
        assertThat(cut.getTruncated()).containsExactly("paragraph.bytes", "mentions.per.actor");
        assertThat(cut.getText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(65_536);
        assertThat(cut.getActors()).allSatisfy(a -> assertThat(a.getMentions()).hasSizeLessThanOrEqualTo(100));
        assertServed(dense);
        report("oversize-http", refused + 2, refused + 2, servedMs, refused + " refused with 413, dense paragraph "
                + "served cut to " + cut.getText().length() + " chars");
    }

    @Test
    @Order(2)
    void throughTheTopicAnOversizedArticleIsASmallDeadLetterAndTheStreamGoesOn() throws Exception {
        long started = System.nanoTime();
        String huge = run + "-topic-huge";
        byte[] hugeBody = "b".repeat(990_000).getBytes(StandardCharsets.UTF_8);
        FaultSupport.send(producer, topics.submitted().name(), huge, hugeBody);
        String dense = run + "-topic-dense";
        FaultSupport.send(producer, topics.submitted().name(), dense, json(dense, DENSE).getBytes(StandardCharsets.UTF_8));
        String normal = run + "-topic-normal";
        FaultSupport.send(producer, topics.submitted().name(), normal,
                json(normal, "Zelensky met Rubio in Kyiv.").getBytes(StandardCharsets.UTF_8));

        long servedMs = awaitServed(normal, started);
        DeadLetter letter = awaitDeadLetter(huge::equals);
        assertThat(letter.getStage()).isEqualTo("ingest.parse");
        assertThat(letter.getReason()).contains("990000 bytes, over the limit of 491520 bytes");
        assertThat(letter.getOriginalValueBytes()).isEqualTo(990_000L);
        assertThat(letter.getOriginalValue().remaining()).isEqualTo(DeadLetters.MAX_VALUE_BYTES);
        assertThat(awaitEnriched(dense).getTruncated()).contains("paragraph.bytes");
        assertServed(dense);
        report("oversize-topic", 3, 3, servedMs, "huge article dead-lettered with a 64 KiB prefix, dense served cut");
    }

    @Test
    @Order(3)
    void theCliRefusesAnOversizedFileAndSubmitsTheDenseOne() throws Exception {
        long started = System.nanoTime();
        Path dir = Files.createDirectories(workDir.resolve("cli"));
        Files.writeString(dir.resolve("huge.txt"), "c".repeat(600_000));
        String dense = run + "-cli-dense";
        Files.writeString(dir.resolve("dense.json"), json(dense, DENSE));
        String normal = run + "-cli-normal";
        Files.writeString(dir.resolve("normal.json"), json(normal, "NATO met in Brussels."));
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SubmitCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int exit = cli.execute("--bootstrap-servers", pipeline.bootstrapServers(), "--schema-registry-url",
                pipeline.config().get("schema.registry.url"), dir.toString());

        assertThat(exit).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("Submitted 2 articles").contains("huge.txt")
                .contains("600000 bytes, over the limit of 491520 bytes");
        long servedMs = awaitServed(normal, started);
        assertThat(awaitEnriched(dense).getTruncated()).contains("paragraph.bytes");
        assertServed(dense);
        report("oversize-cli", 3, 3, servedMs, "huge file refused by the CLI, dense served cut");
    }

    @Test
    @Order(4)
    void aRecordTheBrokerRefusesAfterAllBecomesADeadLetterAndTheStreamGoesOn() throws Exception {
        // The enriched topic's limit is lowered while enrich runs: enrich learnt the old one at start-up, so the
        // broker itself refuses the first oversized record, inside a transaction.
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
            ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, topics.enriched().name());
            admin.incrementalAlterConfigs(Map.of(enriched, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "10000"), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
        long started = System.nanoTime();
        String dense = run + "-broker-dense";
        // Words that do not compress away: the broker checks the compressed batch.
        assertThat(post("application/json", json(dense, randomWords(24_000))).statusCode()).isEqualTo(202);
        String normal = run + "-broker-normal";
        assertThat(post("application/json", json(normal, "Putin spoke again.")).statusCode()).isEqualTo(202);

        long servedMs = awaitServed(normal, started);
        DeadLetter letter = awaitDeadLetter(dense::equals);
        assertThat(letter.getStage()).isEqualTo("newsflow-enrich.produce");
        assertThat(letter.getReason()).contains(topics.enriched().name()).contains("too large");
        assertThat(letter.getOriginalValue().remaining()).isLessThanOrEqualTo(DeadLetters.MAX_VALUE_BYTES);
        long enrichedCopies = FaultSupport.readCommitted(pipeline.bootstrapServers(), topics.enriched().name(),
                        topics.enriched().valueSerde().deserializer()).stream()
                .filter(r -> dense.equals(r.key())).count();
        assertThat(enrichedCopies).as("enriched records of the refused paragraph").isZero();
        report("oversize-broker", 2, 2, servedMs, "refused by the broker mid-run, dead-lettered by enrich");
    }

    @Test
    @Order(5)
    void failuresAreCountedByStageAndAStageThatStopsProgressingIsReportedUntilItMovesAgain() throws Exception {
        String metrics = FaultSupport.getRaw(pipeline.projectionsUrl(), "/metrics");
        assertThat(metrics).contains("newsflow_stage_failures_total{stage=\"newsflow-enrich.produce\"} 1.0")
                .contains("newsflow_stage_failures_total{stage=\"newsflow-enrich.thread\"}");

        var ingest = pipeline.local().ingest().runner().streams();
        var enrich = pipeline.local().enrich().runner().streams();
        ingest.pause();
        enrich.pause();
        long started = System.nanoTime();
        String waiting = run + "-stall";
        FaultSupport.send(producer, topics.submitted().name(), waiting,
                json(waiting, "Rubio met Lavrov.").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> ready = awaitReadiness(pipeline.local().ingestUrl(), 503);
        assertThat(ready.body()).contains("no progress for").contains("records waiting");
        ingest.resume();
        JsonNode enrichStatus = awaitApp("enrich", false);
        assertThat(enrichStatus.path("problems").toString()).contains("no progress for");
        assertThat(awaitApp("ingest", true).path("healthy").asBoolean()).isTrue();
        enrich.resume();
        long servedMs = awaitServed(waiting, started);
        assertThat(awaitApp("enrich", true).path("healthy").asBoolean()).isTrue();
        assertThat(awaitReadiness(pipeline.local().ingestUrl(), 200).statusCode()).isEqualTo(200);
        // Idle again for longer than the stall time: nothing waits, so nothing is reported.
        Thread.sleep(4_000);
        JsonNode idle = FaultSupport.get(pipeline.projectionsUrl(), "/api/pipeline");
        assertThat(idle.path("apps")).allSatisfy(app -> assertThat(app.path("healthy").asBoolean())
                .as(app.toString()).isTrue());
        report("stall", 1, 1, servedMs, "ingest /health/ready 503 and enrich unhealthy in /api/pipeline while "
                + "stopped, both healthy once moving");
    }

    @Test
    @Order(6)
    void aRecordTheBrokerRefusesForItsTimestampIsADeadLetterAndItsBatchMatesAreServed() throws Exception {
        // A topic that only accepts records of the last day, and an article whose record is three days old:
        // ingest's output keeps the input's timestamp, so the broker refuses it (not for its size) inside a
        // transaction. Two ordinary articles on the same partition, sent with it, share its transaction and its
        // producer batch: the broker fails the whole batch, yet only the old article may become a dead letter.
        ConfigResource paragraphs = new ConfigResource(ConfigResource.Type.TOPIC, topics.paragraphs().name());
        ConfigEntry oneDay = new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_BEFORE_MAX_MS_CONFIG,
                Long.toString(Duration.ofDays(1).toMillis()));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
            admin.incrementalAlterConfigs(Map.of(paragraphs, List.of(new AlterConfigOp(oneDay,
                    AlterConfigOp.OpType.SET)))).all().get();
            int partitionCount = admin.describeTopics(List.of(topics.submitted().name())).allTopicNames().get()
                    .get(topics.submitted().name()).partitions().size();
            String old = run + "-refused-old";
            String before = samePartitionKey(run + "-refused-before", old, partitionCount);
            String after = samePartitionKey(run + "-refused-after", old, partitionCount);
            long threeDaysAgo = System.currentTimeMillis() - Duration.ofDays(3).toMillis();
            long started = System.nanoTime();
            List<java.util.concurrent.Future<?>> sends = List.of(
                    producer.send(new ProducerRecord<>(topics.submitted().name(), before,
                            json(before, "Macron spoke in Paris today.").getBytes(StandardCharsets.UTF_8))),
                    producer.send(new ProducerRecord<>(topics.submitted().name(), null, threeDaysAgo, old,
                            json(old, "Macron spoke in Paris three days ago.").getBytes(StandardCharsets.UTF_8))),
                    producer.send(new ProducerRecord<>(topics.submitted().name(), after,
                            json(after, "Scholz spoke in Berlin today.").getBytes(StandardCharsets.UTF_8))));
            for (var send : sends) {
                send.get();
            }

            long servedMs = Math.max(awaitServed(before, started), awaitServed(after, started));
            DeadLetter letter = awaitDeadLetter(old::equals);
            assertThat(letter.getStage()).isEqualTo("newsflow-ingest.produce");
            assertThat(letter.getReason()).contains(topics.paragraphs().name()).contains("imestamp");
            assertThat(FaultSupport.deadLetters(pipeline.bootstrapServers(), topics.deadLetters(),
                    key -> key.equals(before) || key.equals(after))).as("dead letters of the batch mates").isEmpty();
            long paragraphCopies = FaultSupport.readCommitted(pipeline.bootstrapServers(),
                            topics.paragraphs().name(), topics.paragraphs().valueSerde().deserializer()).stream()
                    .filter(r -> r.key().startsWith(old)).count();
            assertThat(paragraphCopies).as("paragraphs of the refused article").isZero();
            report("refused-by-broker", 3, 3, servedMs, "timestamp outside the topic's bounds: the old article "
                    + "dead-lettered by ingest, its two batch mates served");
        } finally {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", pipeline.bootstrapServers()))) {
                admin.incrementalAlterConfigs(Map.of(paragraphs, List.of(new AlterConfigOp(oneDay,
                        AlterConfigOp.OpType.DELETE)))).all().get();
            }
        }
    }

    // ---- helpers

    /** {@code base} with a suffix that puts it on the same partition as {@code other} (the default partitioner). */
    private static String samePartitionKey(String base, String other, int partitions) {
        int target = partitionOf(other, partitions);
        for (int i = 0; ; i++) {
            String key = base + "-" + i;
            if (partitionOf(key, partitions) == target) {
                return key;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static HttpResponse<String> awaitReadiness(String baseUrl, int status) throws Exception {
        long deadline = System.nanoTime() + SERVED.toNanos();
        HttpResponse<String> answer = null;
        while (System.nanoTime() < deadline) {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == status) {
                return answer;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("readiness never answered " + status + "; last: " + answer.body());
    }

    private static JsonNode awaitApp(String name, boolean healthy) throws Exception {
        long deadline = System.nanoTime() + SERVED.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            JsonNode pipelineStatus = FaultSupport.get(pipeline.projectionsUrl(), "/api/pipeline");
            if (pipelineStatus != null) {
                for (JsonNode app : pipelineStatus.path("apps")) {
                    if (app.path("name").asText().equals(name)) {
                        last = app;
                        if (app.path("healthy").asBoolean() == healthy) {
                            return app;
                        }
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " never reported healthy=" + healthy + "; last: " + last);
    }

    private static String randomWords(int chars) {
        Random random = new Random(4);
        StringBuilder out = new StringBuilder();
        while (out.length() < chars) {
            out.append(out.length() % 10 == 0 ? "Russia" : "");
            for (int i = 3 + random.nextInt(7); i > 0; i--) {
                out.append((char) ('a' + random.nextInt(26)));
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static void report(String fault, long in, long accounted, long recoverMs, String note) {
        FaultSupport.report(new FaultSupport.Outcome(fault, in, accounted, 0, recoverMs, note));
    }

    private static String json(String id, String body) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "body", body));
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.local().ingestUrl() + "/articles"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Milliseconds from {@code started} until the article is complete in the projections. */
    private static long awaitServed(String id, long started) throws InterruptedException {
        long deadline = System.nanoTime() + SERVED.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = FaultSupport.get(pipeline.projectionsUrl(), "/api/articles/" + FaultSupport.encode(id));
            if (view != null && view.path("complete").asBoolean()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(id + " was not served within " + SERVED);
    }

    private static void assertServed(String id) throws InterruptedException {
        awaitServed(id, System.nanoTime());
    }

    private static ParagraphEnriched awaitEnriched(String id) throws InterruptedException {
        long deadline = System.nanoTime() + SERVED.toNanos();
        while (System.nanoTime() < deadline) {
            List<ParagraphEnriched> found = FaultSupport.readCommitted(pipeline.bootstrapServers(),
                            topics.enriched().name(), topics.enriched().valueSerde().deserializer()).stream()
                    .filter(r -> id.equals(r.key())).map(ConsumerRecord::value).toList();
            if (!found.isEmpty()) {
                assertThat(found).as("enriched records of " + id).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError(id + " was not enriched within " + SERVED);
    }

    private static DeadLetter awaitDeadLetter(Predicate<String> key) throws InterruptedException {
        long deadline = System.nanoTime() + SERVED.toNanos();
        while (System.nanoTime() < deadline) {
            List<DeadLetter> letters = FaultSupport.deadLetters(pipeline.bootstrapServers(), topics.deadLetters(), key);
            if (!letters.isEmpty()) {
                assertThat(letters).as("dead letters").hasSize(1);
                return letters.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no dead letter within " + SERVED);
    }

}
