package org.newsflow.local.projections;

import org.newsflow.fixtures.EnrichedArticleLog;
import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.projections.ProjectionsReset;
import org.newsflow.schemas.Topics;

/**
 * Projections on the embedded broker and registry with two instances: every key and list answered identically by
 * both, top-N merged correctly, a stopped instance's keys served again after the rebalance, 503 while an instance
 * is not ready, and a rebuild (new application.id, then a reset) answering exactly the same JSON.
 */
@Timeout(600)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(EmbeddedStackExtension.class)
class ProjectionsEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(120);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final EnrichedArticleLog data = EnrichedArticleLog.withRevisions(60, 42);
    final List<ProjectionsApp> running = new ArrayList<>();
    EmbeddedStack stack;
    Path stateRoot;
    ProjectionsApp first;
    ProjectionsApp second;
    Map<String, String> reference;

    @BeforeAll
    void start(EmbeddedStack stack) throws Exception {
        this.stack = stack;
        this.stateRoot = Files.createTempDirectory("projections-e2e");
        // Both instances join before there is data, so that the partitions are spread over both.
        first = start("projections-" + run, "a");
        second = start("projections-" + run, "b");
        await().atMost(WAIT).until(() -> ready(first) && ready(second)
                && !first.streams().metadataForLocalThreads().iterator().next().activeTasks().isEmpty()
                && !second.streams().metadataForLocalThreads().iterator().next().activeTasks().isEmpty());
        produce(config("unused", "p"));
    }

    @AfterAll
    void stop() {
        running.forEach(ProjectionsApp::close);
    }

    @Test
    @Order(1)
    void bothInstancesAnswerEveryKeyAndListIdentically() {
        awaitComplete(first);
        reference = snapshot(first);
        assertSameAnswers(snapshot(second), reference);
        // every article and actor is there, and some keys are owned by each instance
        assertThat(reference.keySet().stream().filter(k -> k.startsWith("/api/articles/article-")).count())
                .isEqualTo(data.articleIds.size());
        assertThat(reference.values()).noneMatch(body -> body.startsWith("{\"error\""));
    }

    @Test
    @Order(2)
    void topNIsMergedAcrossInstances() throws Exception {
        List<String> expected = data.expectedMentions.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        JsonNode top = JSON.readTree(get(first, "/api/actors?sort=mentions&limit=5").body());
        List<String> ids = new ArrayList<>();
        top.get("items").forEach(n -> ids.add(n.get("id").asText()));
        assertThat(ids).isEqualTo(expected.subList(0, 5));
        JsonNode page2 = JSON.readTree(get(second, "/api/actors?sort=mentions&limit=5&offset=5").body());
        List<String> ids2 = new ArrayList<>();
        page2.get("items").forEach(n -> ids2.add(n.get("id").asText()));
        assertThat(ids2).isEqualTo(expected.subList(5, Math.min(10, expected.size())));
        assertThat(top.get("total").asLong()).isEqualTo(expected.size());
        JsonNode articles = JSON.readTree(get(second, "/api/articles?limit=3").body());
        assertThat(articles.get("total").asLong()).isEqualTo(data.articleIds.size());
        assertThat(articles.get("items").get(0).get("id").asText()).isEqualTo("article-" + (data.articleIds.size() - 1));
    }

    @Test
    @Order(3)
    void aStoppedInstancesKeysAreServedAgainAfterTheRebalance() {
        running.remove(second);
        second.close();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> assertSameAnswers(snapshot(first), reference));
    }

    @Test
    @Order(4)
    void aStartingInstanceAnswers503ThenTheSameJson() throws Exception {
        ProjectionsApp third = start("projections-" + run, "c");
        HttpResponse<String> early = get(third, "/api/actors");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(early.body()).get("reason").asText()).isNotBlank();
        assertThat(get(third, "/health/ready").statusCode()).isEqualTo(503);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> assertSameAnswers(snapshot(third), reference));
        assertThat(get(third, "/api/articles/nope").statusCode()).isEqualTo(404);
        assertThat(get(third, "/api/actors?limit=0").statusCode()).isEqualTo(400);
        assertThat(get(third, "/metrics").body()).contains("kafka_stream");
    }

    @Test
    @Order(5)
    void aRebuildFromTheLogAnswersExactlyTheSameJson() {
        String appId = "projections-rebuild-" + run;
        ProjectionsApp rebuilt = start(appId, "r");
        awaitComplete(rebuilt);
        assertSameAnswers(snapshot(rebuilt), reference);

        running.remove(rebuilt);
        rebuilt.close();
        ProjectionsReset.Result reset = ProjectionsReset.run(config(appId, "r"), false);
        assertThat(reset.groupDeleted()).isTrue();
        assertThat(reset.topicsDeleted()).contains(appId + "-actor-deltas-repartition",
                appId + "-article-store-changelog");
        assertThat(reset.stateDirDeleted()).isTrue();

        ProjectionsApp again = start(appId, "r");
        awaitComplete(again);
        assertSameAnswers(snapshot(again), reference);
    }

    // ---- helpers

    NewsflowConfig config(String appId, String instance) {
        return config(stack, stateRoot, run, appId, instance);
    }

    static NewsflowConfig config(EmbeddedStack stack, Path stateRoot, String run, String appId, String instance) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ConfigKeys.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        settings.put(ConfigKeys.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        settings.put(ConfigKeys.TOPIC_PREFIX, "e2e-" + run + ".");
        settings.put(ConfigKeys.TOPIC_PARTITIONS, "3");
        settings.put(ConfigKeys.STATE_DIR, stateRoot.resolve(instance).toString());
        settings.put(ConfigKeys.PROJECTIONS_APPLICATION_ID, appId);
        settings.put(ConfigKeys.PROJECTIONS_HTTP_HOST, "127.0.0.1");
        settings.put(ConfigKeys.PROJECTIONS_HTTP_PORT, "0");
        settings.put(ConfigKeys.PROJECTIONS_ADVERTISED_HOST, "127.0.0.1");
        settings.put("processing.exception.handler.global.enabled", "true");
        return NewsflowConfig.defaults().with(settings);
    }

    ProjectionsApp start(String appId, String instance) {
        ProjectionsApp app = ProjectionsApp.start(config(appId, instance));
        running.add(app);
        return app;
    }

    void produce(NewsflowConfig config) throws Exception {
        produce(config, data);
    }

    static void produce(NewsflowConfig config, EnrichedArticleLog data) throws Exception {
        Topics topics = PipelineTopics.catalogue(config);
        Map<String, Object> props = new LinkedHashMap<>(config.kafkaProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        Serializer<String> keys = topics.enriched().keySerde().serializer();
        Serializer<ParagraphEnriched> paragraphs = topics.enriched().valueSerde().serializer();
        Serializer<ArticleIngested> articles = topics.articles().valueSerde().serializer();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props,
                new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (EnrichedArticleLog.Event e : data.log) {
                SpecificRecord value = (SpecificRecord) e.value();
                String topic = value instanceof ParagraphEnriched ? topics.enriched().name() : topics.articles().name();
                byte[] bytes = value instanceof ParagraphEnriched p ? paragraphs.serialize(topic, p)
                        : articles.serialize(topic, (ArticleIngested) value);
                producer.send(new ProducerRecord<>(topic, keys.serialize(topic, e.articleId()), bytes));
            }
            producer.flush();
        }
    }

    /** Equal answers for every path; a difference names the paths and the start of both answers. */
    static void assertSameAnswers(Map<String, String> actual, Map<String, String> expected) {
        List<String> differences = new ArrayList<>();
        expected.forEach((path, body) -> {
            String other = actual.get(path);
            if (!body.equals(other)) {
                int at = 0;
                while (other != null && at < Math.min(body.length(), other.length())
                        && body.charAt(at) == other.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 60);
                differences.add(path + " differs at " + at + ": expected ..." + body.substring(from,
                        Math.min(body.length(), at + 120)) + "... but was ..." + (other == null ? null
                        : other.substring(Math.min(from, other.length()), Math.min(other.length(), at + 120))));
            }
        });
        assertThat(differences).as("paths answered differently").isEmpty();
    }

    static boolean ready(ProjectionsApp app) {
        return get(app, "/health/ready").statusCode() == 200;
    }

    /** Every article listed and every actor's mentions exactly those of the final revisions. */
    void awaitComplete(ProjectionsApp app) {
        awaitComplete(app, data, WAIT);
    }

    static void awaitComplete(ProjectionsApp app, EnrichedArticleLog data, Duration wait) {
        await().atMost(wait).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> actors = get(app, "/api/actors?limit=100");
            HttpResponse<String> articles = get(app, "/api/articles?limit=1");
            if (actors.statusCode() != 200 || articles.statusCode() != 200) {
                return false;
            }
            Map<String, Long> mentions = new TreeMap<>();
            JSON.readTree(actors.body()).get("items")
                    .forEach(n -> mentions.put(n.get("id").asText(), n.get("mentions").asLong()));
            return mentions.equals(data.expectedMentions)
                    && JSON.readTree(articles.body()).get("total").asLong() == data.articleIds.size();
        });
    }

    /** Every endpoint of every key, as answered by {@code app}; only 200, 404 and 400 bodies are kept. */
    Map<String, String> snapshot(ProjectionsApp app) {
        List<String> paths = new ArrayList<>(List.of("/api/articles?limit=100", "/api/articles?limit=7&offset=7",
                "/api/actors?limit=100", "/api/actors?sort=tone&limit=100", "/api/actors?sort=tone&order=asc&limit=3",
                "/api/graph?limit=2000", "/api/graph?minWeight=3", "/api/search?q=ceasefire",
                "/api/search?q=talks+summit&limit=50", "/api/search?q=actor:marco_rubio+sanctions",
                "/api/actors/nobody", "/api/articles/none"));
        data.articleIds.forEach(id -> paths.add("/api/articles/" + id));
        for (String[] actor : EnrichedArticleLog.ACTORS) {
            String id = actor[0];
            paths.add("/api/actors/" + id);
            paths.add("/api/actors/" + id + "/network");
            paths.add("/api/actors/" + id + "/timeline?interval=hour");
            paths.add("/api/actors/" + id + "/timeline?interval=day&from=2025-05-02&to=2025-05-04");
        }
        Map<String, String> out = new TreeMap<>();
        for (String path : paths) {
            HttpResponse<String> r = get(app, path);
            assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 404);
            out.put(path, r.statusCode() + " " + r.body());
        }
        return out;
    }

    static HttpResponse<String> get(ProjectionsApp app, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(15))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        }
    }
}
