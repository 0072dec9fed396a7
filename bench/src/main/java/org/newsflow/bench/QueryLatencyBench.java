package org.newsflow.bench;

import org.newsflow.fixtures.EnrichedArticleLog;
import org.newsflow.runtime.Directories;
import org.newsflow.runtime.topics.PipelineTopics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.local.SchemaRegistration;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.registry.EmbeddedSchemaRegistry;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.schemas.Topics;

/**
 * Query latency of the projections HTTP API: two projections instances (one application.id, so each owns part of
 * the keys and the lists are gathered from both) on the embedded broker and registry, loaded with N enriched
 * articles; then key lookups, top-N lists, a timeline and a one-word search, requests alternating between the
 * instances, one at a time. Per round and query: p50 and p99 of the request latency.
 */
final class QueryLatencyBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARAGRAPHS_PER_ARTICLE = 3;
    private static final int PARTITIONS = 3;
    private static final String BASELINE = "article by id: p50";

    private record Query(String name, Function<Random, String> path) {
    }

    private final int articles;
    private final int warmupRequests;
    private final int rounds;
    private final int requests;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    QueryLatencyBench(int articles, int warmupRequests, int rounds, int requests) {
        this.articles = articles;
        this.warmupRequests = warmupRequests;
        this.rounds = rounds;
        this.requests = requests;
    }

    Results run() throws Exception {
        EnrichedArticleLog data = EnrichedArticleLog.plain(articles, PARAGRAPHS_PER_ARTICLE, 7);
        Path state = Files.createTempDirectory("bench-query-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().defaultPartitions(PARTITIONS).build().start();
             EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder()
                     .kafkaProperties(broker.clientProperties()).build().start()) {
            NewsflowConfig base = NewsflowConfig.defaults().with(Map.of(
                    ConfigKeys.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    ConfigKeys.SCHEMA_REGISTRY_URL, registry.url(),
                    ConfigKeys.TOPIC_PREFIX, "bench-query.",
                    ConfigKeys.TOPIC_PARTITIONS, Integer.toString(PARTITIONS),
                    ConfigKeys.PROJECTIONS_APPLICATION_ID, "bench-query-projections",
                    ConfigKeys.PROJECTIONS_HTTP_HOST, "127.0.0.1",
                    ConfigKeys.PROJECTIONS_HTTP_PORT, "0",
                    ConfigKeys.PROJECTIONS_ADVERTISED_HOST, "127.0.0.1"));
            try (ProjectionsApp a = ProjectionsApp.start(instance(base, state, "a"));
                 ProjectionsApp b = ProjectionsApp.start(instance(base, state, "b"))) {
                List<ProjectionsApp> apps = List.of(a, b);
                // Both instances join before there is data, so that the partitions are spread over both.
                awaitBothActive(apps);
                double loadSeconds = load(base, KafkaClientProperties.connection(base), data, apps);
                System.out.printf("   loaded %d articles (%d paragraphs) into 2 instances in %.1f s%n", articles,
                        data.paragraphs().size(), loadSeconds);
                return measure(apps, data, loadSeconds);
            }
        } finally {
            deleteRecursively(state);
        }
    }

    private static NewsflowConfig instance(NewsflowConfig base, Path state, String name) {
        return base.with(Map.of(ConfigKeys.STATE_DIR, state.resolve(name).toString()));
    }

    // ---------------------------------------------------------------- load

    /** Sends every article and paragraph event; returns the seconds until both instances answer with all of it. */
    private double load(NewsflowConfig config, Map<String, Object> kafka, EnrichedArticleLog data,
                        List<ProjectionsApp> apps)
            throws Exception {
        Topics topics = PipelineTopics.catalogue(config);
        SchemaRegistration.registerAll(topics, topics.registry());
        Serializer<ArticleIngested> articleSerializer = topics.articles().valueSerde().serializer();
        Serializer<ParagraphEnriched> paragraphSerializer = topics.enriched().valueSerde().serializer();
        String articleTopic = topics.articles().name();
        String enrichedTopic = topics.enriched().name();
        List<byte[]> articleValues = data.articles().stream()
                .map(e -> articleSerializer.serialize(articleTopic, e)).toList();
        List<byte[]> paragraphValues = data.paragraphs().stream()
                .map(e -> paragraphSerializer.serialize(enrichedTopic, e)).toList();
        try (KafkaProducer<String, byte[]> producer = Load.producer(kafka);
             TopicCounter queryable = new TopicCounter(kafka, PipelineBench.changelog(config))) {
            long t0 = System.nanoTime();
            Load.sendAll(producer, articleTopic, data.articleIds, articleValues);
            Load.sendAll(producer, enrichedTopic, data.paragraphs().stream().map(ParagraphEnriched::getArticleId)
                    .toList(), paragraphValues);
            Duration timeout = Duration.ofMinutes(15);
            queryable.await(data.paragraphs().size(), timeout);
            for (ProjectionsApp app : apps) {
                awaitViews(app, data, t0 + timeout.toNanos());
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Until the article list holds every article and the actor list every expected mention count. */
    private void awaitViews(ProjectionsApp app, EnrichedArticleLog data, long deadline) throws Exception {
        while (true) {
            JsonNode list = getJson(app, "/api/articles?limit=1");
            JsonNode actors = getJson(app, "/api/actors?limit=100");
            if (list != null && actors != null && list.path("total").asLong() == data.articleIds.size()) {
                Map<String, Long> mentions = new TreeMap<>();
                actors.path("items").forEach(n -> mentions.put(n.path("id").asText(), n.path("mentions").asLong()));
                if (mentions.equals(data.expectedMentions)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("views of " + app.baseUrl() + " incomplete: " + actors);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitBothActive(List<ProjectionsApp> apps) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!apps.stream().allMatch(app -> app.isRunning() && app.streams().metadataForLocalThreads().stream()
                .anyMatch(t -> !t.activeTasks().isEmpty()))) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("projections instances not both running with tasks after 120 s");
            }
            Thread.sleep(100);
        }
    }

    // ---------------------------------------------------------------- queries

    private Results measure(List<ProjectionsApp> apps, EnrichedArticleLog data, double loadSeconds) throws Exception {
        String[][] actors = EnrichedArticleLog.ACTORS;
        int words = EnrichedArticleLog.WORDS.length;
        List<Query> queries = List.of(
                new Query("article by id", r -> "/api/articles/article-" + r.nextInt(articles)),
                new Query("actor by id", r -> "/api/actors/" + actors[r.nextInt(actors.length)][0]),
                new Query("top-10 actors", r -> "/api/actors?sort=mentions&limit=10"),
                new Query("latest 20 articles", r -> "/api/articles?limit=20"),
                new Query("actor timeline (day)", r -> "/api/actors/" + actors[r.nextInt(actors.length)][0]
                        + "/timeline?interval=day"),
                new Query("search one word", r -> "/api/search?q=" + EnrichedArticleLog.WORDS[r.nextInt(words)]));
        Map<String, Random> rngs = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            rngs.put(queries.get(q).name(), new Random(q + 1));
        }
        for (Query query : queries) {
            timed(apps, query, rngs.get(query.name()), warmupRequests);
        }
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder();
            for (Query query : queries) {
                Timing t = timed(apps, query, rngs.get(query.name()), requests);
                LatencyRun.Outcome o = new LatencyRun.Outcome(t.millis(), Double.NaN);
                p50.computeIfAbsent(query.name(), k -> new ArrayList<>()).add(o.p(50));
                p99.computeIfAbsent(query.name(), k -> new ArrayList<>()).add(o.p(99));
                bytes.merge(query.name(), t.bytes(), Long::sum);
                line.append(String.format("%s %.2f/%.2f, ", query.name(), o.p(50), o.p(99)));
            }
            System.out.printf("   query round %d (p50/p99 ms): %s%n", round, line.substring(0, line.length() - 2));
        }
        Map<String, Long> avgBytes = new LinkedHashMap<>();
        bytes.forEach((k, v) -> avgBytes.put(k, v / ((long) rounds * requests)));
        Results results = new Results("query-latency")
                .input("articles", articles).input("paragraphsPerArticle", PARAGRAPHS_PER_ARTICLE)
                .input("paragraphs", data.paragraphs().size()).input("actors", EnrichedArticleLog.ACTORS.length)
                .input("instances", apps.size()).input("partitions", PARTITIONS)
                .input("warmupRequestsPerQuery", warmupRequests).input("rounds", rounds)
                .input("requestsPerQueryPerRound", requests).input("avgResponseChars", avgBytes)
                .row("load: " + articles + " articles → queryable on both instances", "s", List.of(loadSeconds), null)
                .row("load rate", "paragraphs/s", List.of(data.paragraphs().size() / loadSeconds), null);
        for (Query query : queries) {
            String name = query.name();
            results.row(name + ": p50", "ms", p50.get(name), (name + ": p50").equals(BASELINE) ? null : BASELINE)
                    .row(name + ": p99", "ms", p99.get(name), name + ": p50");
        }
        return results
                .note("one JVM on 2 cores: embedded broker, registry, both projections instances and the client")
                .note("requests one at a time over HTTP/1.1 (java.net.http), alternating between the two instances;"
                        + " a key another instance owns, and every list, costs a hop to the peer; latency = send →"
                        + " whole body received")
                .note("p50 rows: ratio to " + BASELINE + "; p99 rows: ratio to the same query's p50")
                .note("load: from the first send until the paragraph store has committed every paragraph and both"
                        + " instances list every article and every actor's final mention count");
    }

    private record Timing(List<Double> millis, long bytes) {
    }

    /** {@code n} requests, alternating instances; every answer must be 200. */
    private Timing timed(List<ProjectionsApp> apps, Query query, Random rng, int n) throws Exception {
        List<Double> millis = new ArrayList<>(n);
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(apps.get(i % apps.size()).baseUrl()
                    + query.path().apply(rng))).timeout(Duration.ofSeconds(15)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis.add((System.nanoTime() - t0) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(query.name() + ": " + request.uri() + " answered "
                        + response.statusCode() + " " + response.body());
            }
            bytes += response.body().length();
        }
        return new Timing(millis, bytes);
    }

    private JsonNode getJson(ProjectionsApp app, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                    .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (UncheckedIOException e) {
            System.out.println("   (could not delete " + dir + ": " + e.getMessage() + ")");
        }
    }
}
