package org.newsflow.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.local.PipelineApps;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SeedSubmitter;

/**
 * What the whole pipeline promises a user, whatever Kafka and registry it runs on: the seed article goes in, and
 * every endpoint answers with its paragraphs, actors and tone. Subclasses supply the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PipelineApps apps;
    private String articleId;

    /** Bootstrap servers and registry URL of the backend under test. */
    protected abstract Map<String, String> backend();

    @BeforeAll
    void startPipelineAndSubmitTheSeeds() throws Exception {
        Path state = Files.createTempDirectory("newsflow-contract-");
        String prefix = "contract-" + getClass().getSimpleName().toLowerCase() + ".";
        NewsflowConfig config = NewsflowConfig.defaults().with(backend()).with(Map.of(
                ConfigKeys.TOPIC_PREFIX, prefix,
                ConfigKeys.STATE_DIR, state.toString(),
                ConfigKeys.INGEST_HTTP_PORT, "0",
                ConfigKeys.PROJECTIONS_HTTP_PORT, "0",
                ConfigKeys.INGEST_APPLICATION_ID, prefix + "ingest",
                ConfigKeys.ENRICH_APPLICATION_ID, prefix + "enrich",
                ConfigKeys.PROJECTIONS_APPLICATION_ID, prefix + "projections"));
        apps = PipelineApps.start(config);
        Path seeds = Path.of(System.getProperty("newsflow.repo.dir", "..")).resolve("seeds");
        List<String> ids = SeedSubmitter.submit(seeds, config);
        assertThat(ids).hasSize(1);
        articleId = ids.get(0);
        int paragraphs = new ProjectionsProbe(apps.projectionsUrl()).awaitComplete(ids, Duration.ofMinutes(2));
        assertThat(paragraphs).isEqualTo(10);
    }

    @AfterAll
    void stopPipeline() {
        if (apps != null) {
            apps.close();
        }
    }

    @Test
    void theSeedArticleHasItsTenParagraphsInOrderWithToneAndActors() throws Exception {
        JsonNode article = get("/api/articles/" + articleId, 200);

        assertThat(article.path("paragraphCount").asInt()).isEqualTo(10);
        List<Integer> indexes = new ArrayList<>();
        article.path("paragraphs").forEach(p -> indexes.add(p.path("index").asInt()));
        assertThat(indexes).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        String seedFirstLine = Files.readAllLines(Path.of(System.getProperty("newsflow.repo.dir", ".."))
                .resolve("seeds/000_82713d2b37d66114.txt")).get(0);
        assertThat(article.path("paragraphs").get(0).path("text").asText()).isEqualTo(seedFirstLine.trim());
        assertThat(article.path("tone").path("wordCount").asInt()).isGreaterThan(500);
        assertThat(ids(article.path("actors"))).contains("marco_rubio", "vladimir_putin", "nato", "russia",
                "ukraine", "donald_trump");
        assertThat(get("/api/articles", 200).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void theKeyActorsAreRankedWithSensibleCounts() throws Exception {
        JsonNode ranking = get("/api/actors?sort=mentions&limit=10", 200);
        List<String> top = ids(ranking.path("items"));
        assertThat(top).contains("russia", "marco_rubio", "vladimir_putin", "nato", "ukraine");

        JsonNode rubio = get("/api/actors/marco_rubio", 200);
        assertThat(rubio.path("name").asText()).isEqualTo("Marco Rubio");
        assertThat(rubio.path("type").asText()).isEqualTo("PERSON");
        assertThat(rubio.path("country").asText()).isEqualTo("USA");
        assertThat(rubio.path("mentions").asInt()).isBetween(8, 20);
        assertThat(rubio.path("articles").asInt()).isEqualTo(1);
        JsonNode russia = get("/api/actors/russia", 200);
        assertThat(russia.path("type").asText()).isEqualTo("COUNTRY");
        assertThat(russia.path("mentions").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(get("/api/actors?sort=tone&limit=3", 200).path("items")).hasSize(3);
    }

    @Test
    void timelineNetworkGraphAndSearchAnswer() throws Exception {
        JsonNode timeline = get("/api/actors/marco_rubio/timeline?interval=day", 200);
        assertThat(timeline.toString()).contains("2");

        JsonNode network = get("/api/actors/marco_rubio/network", 200);
        assertThat(network.toString()).contains("vladimir_putin");

        JsonNode graph = get("/api/graph", 200);
        assertThat(graph.path("nodes").size()).isGreaterThan(3);
        assertThat(graph.path("edges").size()).isGreaterThan(3);

        JsonNode search = get("/api/search?q=ceasefire", 200);
        assertThat(search.toString()).contains(articleId);
    }

    @Test
    void pipelineHealthShowsEveryAppAndCountsBadInputAsDeadLetters() throws Exception {
        Map<String, Object> props = Map.of("bootstrap.servers", apps.config().get(ConfigKeys.BOOTSTRAP_SERVERS));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(apps.topics().submitted().name(), "broken",
                    "{\"title\": \"no body\"".getBytes(StandardCharsets.UTF_8))).get();
        }

        JsonNode pipeline = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            pipeline = get("/api/pipeline", 200);
            if (pipeline.path("deadLettersByStage").path("ingest.parse").asLong() >= 1) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(pipeline.path("deadLettersByStage").path("ingest.parse").asLong()).isEqualTo(1);
        assertThat(pipeline.path("deadLetters").asLong()).isEqualTo(1);
        List<String> names = new ArrayList<>();
        pipeline.path("apps").forEach(app -> {
            names.add(app.path("name").asText());
            assertThat(app.path("state").asText()).as(app.toString()).isEqualTo("STABLE");
            assertThat(app.path("members").asInt()).as(app.toString()).isPositive();
        });
        assertThat(names).containsExactly("ingest", "enrich", "projections");
    }

    @Test
    void unknownIdsAre404AndBadParametersAre400() throws Exception {
        get("/api/articles/no-such-article", 404);
        get("/api/actors/no_such_actor", 404);
        get("/api/actors?sort=nonsense", 400);
        get("/api/actors?limit=-3", 400);
    }

    @Test
    void healthMetricsOpenApiAndDashboardAnswer() throws Exception {
        assertThat(status(apps.projectionsUrl() + "/health/live")).isEqualTo(200);
        assertThat(status(apps.projectionsUrl() + "/health/ready")).isEqualTo(200);
        assertThat(body(apps.projectionsUrl() + "/metrics")).contains("kafka_stream");
        assertThat(get("/openapi.json", 200).path("paths").has("/api/actors/{id}")).isTrue();
        assertThat(status(apps.projectionsUrl() + "/")).isEqualTo(200);
        assertThat(status(apps.ingestUrl() + "/health/ready")).isEqualTo(200);
        assertThat(body(apps.ingestUrl() + "/metrics")).contains("newsflow_ingest_articles_published_total");
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(apps.projectionsUrl() + path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private int status(String url) throws Exception {
        return send(url).statusCode();
    }

    private String body(String url) throws Exception {
        return send(url).body();
    }

    private HttpResponse<String> send(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
