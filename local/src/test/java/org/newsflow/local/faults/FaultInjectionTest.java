package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.faults.FaultSupport.Article;
import static org.newsflow.local.faults.FaultSupport.Outcome;
import static org.newsflow.local.faults.FaultSupport.paragraphCount;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.local.SampleEvents;
import org.newsflow.local.faults.FaultPipeline.App;
import org.newsflow.projections.cli.ResetCommand;
import org.newsflow.projections.streams.StoreNames;
import org.newsflow.schemas.Topics;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Pushes known articles through the whole pipeline while one fault is injected, then proves that every submitted
 * paragraph is accounted for exactly once — in the projections, or for bad input in the dead-letter topic — and that
 * no view double counts. Faults run in order on one pipeline, so the replay at the end rebuilds everything the
 * earlier faults left behind. Each fault prints one summary line; the table of all of them closes the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class FaultInjectionTest {

    private static final Duration RECOVERY = Duration.ofSeconds(75);
    /** Rebuilding every view from the log takes longer than recovering from one fault. */
    private static final Duration REPLAY = Duration.ofSeconds(180);
    private static final int MAX_ARTICLE_BYTES = 256 * 1024;

    private static Path workDir;
    private static FaultPipeline pipeline;
    private static Topics topics;
    private static KafkaProducer<String, byte[]> producer;
    private static String run;
    /** Every good article submitted so far: the actor views must equal the sum over all of them. */
    private static final List<Article> ALL = new ArrayList<>();
    private static FaultAccounting ACCOUNTING;

    @BeforeAll
    static void startPipeline() throws IOException {
        workDir = Files.createTempDirectory("newsflow-faults-");
        run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> settings = new LinkedHashMap<>();
        // A killed member leaves the group after its session times out: 6 s (the broker's minimum), not 45 s.
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        // The registry client retries for 2 s, so the registry outage outlasts it and the handlers must cope.
        settings.put("schema.registry.retry.ms", "2000");
        settings.put(ConfigKeys.INGEST_MAX_ARTICLE_BYTES, Integer.toString(MAX_ARTICLE_BYTES));
        pipeline = FaultPipeline.start(workDir, settings);
        topics = pipeline.local().topics();
        producer = FaultSupport.producer(pipeline.bootstrapServers());
        ACCOUNTING = new FaultAccounting(pipeline, topics, ALL, RECOVERY);
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        FaultSupport.finish(producer, pipeline, workDir);
    }

    @Test
    @Order(1)
    void registryStoppedWhileRecordsWaitThenRestarted() throws Exception {
        // First fault on a fresh pipeline: no app has looked up a paragraph schema yet, so each needs the registry.
        String fault = "registry-restart";
        List<Article> good = FaultSupport.articles(run + "-registry", 20, 1);
        String badKey = run + "-registry-bad";
        pipeline.local().registry().stop();

        FaultSupport.submit(producer, topics.submitted().name(), good);
        FaultSupport.send(producer, topics.submitted().name(), badKey, new byte[] {'C', 'a', 'f', (byte) 0xE9});
        // An app (re)started during the outage waits for the registry instead of failing for good.
        pipeline.stop(FaultPipeline.App.ENRICH);
        CompletableFuture<Void> enrichRestart = CompletableFuture.runAsync(
                () -> pipeline.start(FaultPipeline.App.ENRICH));
        Thread.sleep(6_000);
        long waitingDlq = rawKeys(topics.deadLetters().name()).stream().filter(k -> k.startsWith(run)).count();
        long published = rawKeys(topics.paragraphs().name()).stream().filter(k -> k.startsWith(run)).count();

        pipeline.local().registry().start();
        long restarted = System.nanoTime();
        enrichRestart.get(60, TimeUnit.SECONDS);
        FaultAccounting.Accounting accounting = ACCOUNTING.account(fault, good, Map.of(badKey, "not valid UTF-8"), restarted,
                "published during outage=" + published + ", dead letters during outage=" + waitingDlq);
        FaultSupport.report(accounting.outcome());
        assertThat(waitingDlq).as("dead letters written while the registry was down").isZero();
        assertThat(published).as("paragraphs published while the registry was down").isZero();
        FaultAccounting.assertExact(accounting);
    }

    @Test
    @Order(2)
    void brokerStoppedAndRestartedMidStream() throws Exception {
        String fault = "broker-restart";
        List<Article> good = FaultSupport.articles(run + "-broker", 30, 2);
        List<Article> first = good.subList(0, 15);
        FaultSupport.submit(producer, topics.submitted().name(), first);
        awaitSomeComplete(first);

        pipeline.local().broker().stop();
        // Submitted while the broker is down: the producer holds them until it is back (send() itself blocks
        // waiting for metadata, hence another thread).
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                () -> FaultSupport.submit(producer, topics.submitted().name(), good.subList(15, 30)));
        Thread.sleep(2_000);
        assertThat(waiting).isNotDone();
        pipeline.local().broker().start();
        long restarted = System.nanoTime();
        waiting.get(60, TimeUnit.SECONDS);
        FaultAccounting.Accounting accounting = ACCOUNTING.account(fault, good, Map.of(), restarted, "");
        FaultSupport.report(accounting.outcome());
        FaultAccounting.assertExact(accounting);
    }

    @Test
    @Order(3)
    void ingestKilledMidStreamAndRestarted() throws Exception {
        killMidStream("ingest-kill", App.INGEST, topics.paragraphs().name(), 3);
    }

    @Test
    @Order(4)
    void enrichKilledMidStreamAndRestarted() throws Exception {
        killMidStream("enrich-kill", App.ENRICH, topics.enriched().name(), 4);
    }

    @Test
    @Order(5)
    void projectionsKilledMidStreamAndRestarted() throws Exception {
        // The article store's changelog: what the projections write for each article, keyed by article id.
        killMidStream("projections-kill", App.PROJECTIONS, pipeline.config().get(
                ConfigKeys.PROJECTIONS_APPLICATION_ID) + "-" + StoreNames.ARTICLES + "-changelog", 5);
    }

    /**
     * Runs the app in a child JVM, submits half the articles and waits until some are queryable (the app is
     * working), then submits the rest and SIGKILLs the child as soon as it writes its first output for them, most
     * likely inside a transaction not committed yet; a fresh instance starts on the same state directory.
     */
    private void killMidStream(String fault, App app, String outputTopic, long seed) throws Exception {
        pipeline.moveToChild(app);
        List<Article> good = FaultSupport.articles(run + "-" + fault, 30, seed);
        List<Article> first = good.subList(0, 10);
        List<Article> second = good.subList(10, 30);
        FaultSupport.submit(producer, topics.submitted().name(), first);
        awaitSomeComplete(first);
        Set<String> secondIds = second.stream().map(Article::id).collect(Collectors.toSet());
        try (FaultSupport.OutputWatch watch = new FaultSupport.OutputWatch(pipeline.bootstrapServers(),
                outputTopic)) {
            FaultSupport.submit(producer, topics.submitted().name(), second);
            assertThat(watch.awaitKey(secondIds::contains, RECOVERY))
                    .as(app + " wrote nothing for the second half").isTrue();
        }
        pipeline.killChild();
        long killed = System.nanoTime();
        String prefix = run + "-" + fault + "-";
        long committed = rawKeys(outputTopic).stream().filter(k -> k.startsWith(prefix)).count();
        String note = "records committed by the killed instance=" + committed;
        pipeline.start(app);
        FaultAccounting.Accounting accounting = ACCOUNTING.account(fault, good, Map.of(), killed, note);
        FaultSupport.report(accounting.outcome());
        FaultAccounting.assertExact(accounting);
    }

    @Test
    @Order(6)
    void poisonRecordsOnEveryInputTopicAreDeadLetteredOrSkipped() throws Exception {
        String fault = "poison";
        List<Article> good = FaultSupport.articles(run + "-poison", 10, 6);
        Logger referenceLog = (Logger) LoggerFactory.getLogger("org.newsflow.enrich.streams.KnowledgeBaseUpdater");
        ListAppender<ILoggingEvent> skipped = new ListAppender<>();
        skipped.start();
        referenceLog.addAppender(skipped);
        try {
            FaultSupport.submit(producer, topics.submitted().name(), good.subList(0, 5));
            Map<String, String> expected = new LinkedHashMap<>();
            Map<String, byte[]> framed = Map.of(
                    topics.articles().name(), topics.articles().valueSerde().serializer()
                            .serialize(topics.articles().name(), SampleEvents.article(run + "-poison-x")),
                    topics.paragraphs().name(), topics.paragraphs().valueSerde().serializer()
                            .serialize(topics.paragraphs().name(), SampleEvents.paragraph(run + "-poison-x", 1)),
                    topics.enriched().name(), topics.enriched().valueSerde().serializer()
                            .serialize(topics.enriched().name(), SampleEvents.enriched(run + "-poison-x", 1)),
                    topics.actorsReference().name(), topics.actorsReference().valueSerde().serializer()
                            .serialize(topics.actorsReference().name(), SampleEvents.actor(run + "-poison-x")));
            Random random = new Random(6);
            for (String topic : List.of(topics.submitted().name(), topics.articles().name(),
                    topics.paragraphs().name(), topics.enriched().name(), topics.actorsReference().name())) {
                boolean avro = !topic.equals(topics.submitted().name());
                byte[] payload = avro ? framed.get(topic) : topics.paragraphs().valueSerde().serializer()
                        .serialize(topics.paragraphs().name(), SampleEvents.paragraph(run + "-poison-x", 1));
                byte[] noise = new byte[64];
                random.nextBytes(noise);
                noise[0] = (byte) 0xFF;
                byte[] wrongMagic = payload.clone();
                wrongMagic[0] = 1;
                byte[] unknownId = payload.clone();
                ByteBuffer.wrap(unknownId, 1, 4).putInt(987_654);
                Map<String, byte[]> poison = new LinkedHashMap<>();
                poison.put("random", noise);
                poison.put("wrong-magic", wrongMagic);
                poison.put("unknown-schema-id", unknownId);
                for (Map.Entry<String, byte[]> p : poison.entrySet()) {
                    String key = run + "-poison-" + topic + "-" + p.getKey();
                    FaultSupport.send(producer, topic, key, p.getValue());
                    if (!avro) {
                        // The ingest topic takes text: any of these is refused as text, not decoded as Avro.
                        assertThat(isUtf8(p.getValue())).as(key).isFalse();
                        expected.put(key, "not valid UTF-8");
                    } else if (!topic.equals(topics.actorsReference().name())) {
                        expected.put(key, p.getKey().equals("unknown-schema-id") ? "schema id 987654" : "magic byte");
                    }
                }
            }
            FaultSupport.submit(producer, topics.submitted().name(), good.subList(5, 10));
            long sent = System.nanoTime();
            String refPrefix = run + "-poison-" + topics.actorsReference().name();
            FaultAccounting.Accounting accounting = ACCOUNTING.account(fault, good, expected, sent, "");
            long skips = awaitCount(() -> skipped.list.stream()
                    .filter(e -> e.getFormattedMessage().startsWith("Ignoring invalid actor reference " + refPrefix))
                    .count(), 3);
            Outcome o = accounting.outcome();
            accounting = accounting.with(new Outcome(fault, o.in() + 3, o.accounted() + skips, o.duplicates(),
                    o.recoverMs(), expected.size() + " dead-lettered, reference-topic records skipped with a log="
                    + skips + (o.note().isEmpty() ? "" : "; " + o.note())));
            FaultSupport.report(accounting.outcome());
            FaultAccounting.assertExact(accounting);
            assertThat(pipeline.allRunning()).isTrue();
        } finally {
            referenceLog.detachAppender(skipped);
        }
    }

    @Test
    @Order(7)
    void fuzzedBadArticlesAmongGoodOnes() throws Exception {
        String fault = "fuzzed-articles";
        List<Article> good = new ArrayList<>(FaultSupport.articles(run + "-fuzz", 10, 7));
        List<String> sentences = FaultSupport.seedSentences();
        good.add(new Article(run + "-fuzz-long", "Many paragraphs", java.time.Instant.parse("2025-04-05T09:00:00Z"),
                IntStream.range(0, 60).mapToObj(i -> sentences.get(i % sentences.size())).toList()));
        good.add(new Article(run + "-fuzz-unicode", "Unicode", java.time.Instant.parse("2025-04-05T10:00:00Z"),
                List.of("Zelensky’s envoy met officials in Kyiv («Київ») — then flew to 東京 😀.",
                        "Café talks in Genève: “Ça avance”, said the minister.")));

        Map<String, byte[]> bad = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        Random random = new Random(7);
        bad.put("empty", new byte[0]);
        reasons.put("empty", "The article is empty");
        bad.put("null", null);
        reasons.put("null", "The article is empty");
        bad.put("whitespace", utf8(" \n\t \r\n  "));
        reasons.put("whitespace", "body is empty");
        bad.put("invisible", utf8("\u200B\u200D\u0007\uFEFF\u2060"));
        reasons.put("invisible", "body is empty");
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, binary, 0, 8);
        bad.put("binary", binary);
        reasons.put("binary", "not valid UTF-8");
        bad.put("latin1", "Café au lait in Genève".getBytes(StandardCharsets.ISO_8859_1));
        reasons.put("latin1", "not valid UTF-8");
        bad.put("overlong-utf8", new byte[] {'A', (byte) 0xC0, (byte) 0xAF, 'B'});
        reasons.put("overlong-utf8", "not valid UTF-8");
        bad.put("surrogate-utf8", new byte[] {'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        reasons.put("surrogate-utf8", "not valid UTF-8");
        bad.put("truncated-utf8", concat(utf8("Putin said "), new byte[] {(byte) 0xE2, (byte) 0x80}));
        reasons.put("truncated-utf8", "not valid UTF-8");
        String huge = String.join("\n", Stream.generate(() -> sentences.get(random.nextInt(sentences.size())))
                .limit(4000).toList());
        assertThat(utf8(huge).length).as("huge article size").isBetween(MAX_ARTICLE_BYTES + 1, 900_000);
        bad.put("huge-text", utf8(huge));
        reasons.put("huge-text", "over the limit of " + MAX_ARTICLE_BYTES + " bytes");
        bad.put("huge-json", utf8("{\"id\":\"" + run + "-fuzz-huge\",\"body\":" + quote(huge) + "}"));
        reasons.put("huge-json", "over the limit of " + MAX_ARTICLE_BYTES + " bytes");
        bad.put("thousands-of-paragraphs", utf8(IntStream.rangeClosed(1, 2500).mapToObj(i -> "Paragraph " + i + ".")
                .collect(Collectors.joining("\n"))));
        reasons.put("thousands-of-paragraphs", "over the limit of 2000");
        bad.put("deeply-nested-json", utf8("{\"body\":\"Nested.\",\"x\":" + "[".repeat(5000) + "]".repeat(5000)
                + "}"));
        reasons.put("deeply-nested-json", "not valid JSON");
        bad.put("truncated-json", utf8("{\"id\":\"" + run + "-fuzz-cut\",\"body\":\"Rubio met"));
        reasons.put("truncated-json", "not valid JSON");
        bad.put("duplicate-keys", utf8("{\"body\":\"One.\",\"body\":\"Two.\"}"));
        reasons.put("duplicate-keys", "not valid JSON");
        bad.put("no-body", utf8("{\"id\":\"" + run + "-fuzz-nobody\",\"title\":\"Headline only\"}"));
        reasons.put("no-body", "no \"body\" field");
        bad.put("body-not-text", utf8("{\"body\":{\"paragraphs\":[\"a\",\"b\"]}}"));
        reasons.put("body-not-text", "must be a string");
        bad.put("bad-date", utf8("{\"body\":\"Dated.\",\"publishedAt\":\"last Tuesday\"}"));
        reasons.put("bad-date", "publishedAt");

        Map<String, String> expected = new LinkedHashMap<>();
        List<String> badNames = new ArrayList<>(bad.keySet());
        int g = 0;
        for (int i = 0; i < Math.max(badNames.size(), good.size()); i++) {
            if (i < badNames.size()) {
                String key = run + "-fuzz-bad-" + badNames.get(i);
                producer.send(new ProducerRecord<>(topics.submitted().name(), key, bad.get(badNames.get(i))));
                expected.put(key, reasons.get(badNames.get(i)));
            }
            if (g < good.size()) {
                Article a = good.get(g++);
                producer.send(new ProducerRecord<>(topics.submitted().name(), a.id(), a.json()));
            }
        }
        producer.flush();
        long sent = System.nanoTime();
        FaultAccounting.Accounting accounting = ACCOUNTING.account(fault, good, expected, sent, bad.size() + " bad among " + good.size()
                + " good");
        FaultSupport.report(accounting.outcome());
        FaultAccounting.assertExact(accounting);
        assertThat(pipeline.allRunning()).isTrue();
    }

    @Test
    @Order(8)
    @Timeout(240)
    void replayAfterResetRebuildsIdenticalViews() throws Exception {
        String fault = "replay-reset";
        List<Article> extra = FaultSupport.articles(run + "-replay", 10, 8);
        FaultSupport.submit(producer, topics.submitted().name(), extra);
        FaultAccounting.assertExact(ACCOUNTING.account("replay-setup", extra, Map.of(), System.nanoTime(), ""));
        Map<String, String> before = snapshot();

        long started = System.nanoTime();
        pipeline.stop(App.PROJECTIONS);
        Path settings = workDir.resolve("reset.properties");
        Properties props = new Properties();
        props.putAll(pipeline.config().asMap());
        try (var out = Files.newBufferedWriter(settings)) {
            props.store(out, null);
        }
        int exit = new CommandLine(new ResetCommand()).execute("projections", "--config", settings.toString());
        assertThat(exit).as("newsflow reset projections").isZero();
        pipeline.start(App.PROJECTIONS);
        FaultSupport.ArticleTally tally = null;
        long deadline = System.nanoTime() + REPLAY.toNanos();
        Map<String, String> after = Map.of();
        while (System.nanoTime() < deadline) {
            tally = FaultSupport.tallyArticles(pipeline.projectionsUrl(), ALL);
            if (tally.found() == paragraphCount(ALL)) {
                after = snapshot();
                if (after.equals(before)) {
                    break;
                }
            }
            Thread.sleep(500);
        }
        long rebuiltMs = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> rebuilt = after;
        List<String> differing = before.keySet().stream().filter(k -> !before.get(k).equals(rebuilt.get(k)))
                .toList();
        long duplicates = tally == null ? 0 : tally.duplicates();
        FaultSupport.report(new Outcome(fault, paragraphCount(ALL), tally == null ? 0 : tally.found(), duplicates,
                rebuiltMs, before.size() + " view responses compared, " + differing.size() + " differ"));
        for (String path : differing.subList(0, Math.min(3, differing.size()))) {
            System.out.println("REPLAY DIFF " + path + "\n  before: " + before.get(path) + "\n  after:  "
                    + rebuilt.get(path));
        }
        assertThat(differing).as("views that differ after the replay").isEmpty();
        assertThat(after).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(duplicates).isZero();
    }

    private static void awaitSomeComplete(List<Article> articles) {
        FaultSupport.awaitSomeComplete(pipeline::projectionsUrl, articles, RECOVERY);
    }

    private static long awaitCount(java.util.function.LongSupplier count, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count.getAsLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return count.getAsLong();
    }

    /** Keys of every committed record of a topic, without decoding values (works while the registry is down). */
    private static List<String> rawKeys(String topic) {
        return FaultSupport.readCommitted(pipeline.bootstrapServers(), topic, new ByteArrayDeserializer()).stream()
                .map(ConsumerRecord::key).filter(k -> k != null).toList();
    }

    /** Every view endpoint's JSON for everything this run submitted, keyed by path. */
    private static Map<String, String> snapshot() {
        String url = pipeline.projectionsUrl();
        Map<String, String> out = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        for (int offset = 0; offset < ALL.size() + 100; offset += 100) {
            paths.add("/api/articles?limit=100&offset=" + offset);
        }
        for (String sort : List.of("mentions", "tone")) {
            for (int offset = 0; offset < 300; offset += 100) {
                paths.add("/api/actors?sort=" + sort + "&limit=100&offset=" + offset);
            }
        }
        paths.add("/api/graph?limit=2000");
        for (String q : List.of("Rubio", "Putin", "peace talks", "NATO", "ceasefire", "Kyiv")) {
            paths.add("/api/search?limit=50&q=" + FaultSupport.encode(q));
        }
        ALL.forEach(a -> paths.add("/api/articles/" + FaultSupport.encode(a.id())));
        FaultSupport.ArticleTally all = FaultSupport.tallyArticles(url, ALL);
        for (String actor : all.actorTotals().keySet()) {
            String base = "/api/actors/" + FaultSupport.encode(actor);
            paths.add(base);
            paths.add(base + "/network");
            paths.add(base + "/timeline?interval=hour");
            paths.add(base + "/timeline?interval=day");
        }
        for (String path : paths) {
            String body = FaultSupport.getRaw(url, path);
            out.put(path, body == null ? "<no answer>" : body);
        }
        return out;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
