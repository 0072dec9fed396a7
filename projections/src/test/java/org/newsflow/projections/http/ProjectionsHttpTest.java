package org.newsflow.projections.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.streams.JsonSerde;

/** The HTTP layer before the Streams app is attached: parameters are checked, queries answer 503, never hang. */
class ProjectionsHttpTest {

    static ProjectionsHttp http;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        http = ProjectionsHttp.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void queriesAnswer503WithRetryAfterWhileStarting() throws Exception {
        for (String path : new String[] {"/api/articles", "/api/articles/x", "/api/actors", "/api/actors/x",
                "/api/actors/x/timeline", "/api/actors/x/network", "/api/graph", "/api/search?q=nato",
                "/health/ready"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).as(path).hasValue("1");
            assertThat(JsonSerde.MAPPER.readTree(r.body()).has("reason")).as(path).isTrue();
        }
    }

    @Test
    void anUnknownPathIs404AndIsStillCountedInTheMetrics() throws Exception {
        assertThat(get("/api/no-such-view").statusCode()).isEqualTo(404);

        assertThat(get("/metrics").body()).contains("path=\"unmatched\"");
    }

    @Test
    void badParametersAre400WithAReason() throws Exception {
        for (String path : new String[] {"/api/articles?limit=0", "/api/articles?limit=abc", "/api/articles?limit=101",
                "/api/actors?sort=fame", "/api/actors?order=up", "/api/actors?offset=-1",
                "/api/actors/x/timeline?interval=week", "/api/actors/x/timeline?from=yesterday",
                "/api/actors/x/timeline?from=2025-02-01&to=2025-01-01", "/api/graph?minWeight=0",
                "/api/search", "/api/search?q=the"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode body = JsonSerde.MAPPER.readTree(r.body());
            assertThat(body.get("error").asText()).isEqualTo("bad_request");
            assertThat(body.get("reason").asText()).isNotBlank();
        }
    }

    @Test
    void servesOpenApiMetricsLivenessAndAPlaceholderPage() throws Exception {
        JsonNode doc = JsonSerde.MAPPER.readTree(get("/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/articles", "/api/articles/{id}",
                "/api/actors", "/api/actors/{id}", "/api/actors/{id}/timeline", "/api/actors/{id}/network",
                "/api/graph", "/api/search", "/api/pipeline", "/health/live", "/health/ready", "/metrics");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        get("/api/articles");
        assertThat(get("/metrics").body()).contains("newsflow_projections_http_requests");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }
}
