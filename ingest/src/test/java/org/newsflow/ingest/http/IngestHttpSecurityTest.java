package org.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.submit.ArticleSubmitter;

/** Who may post articles: tokens, cross-origin browser posts, over a real HTTP server and a mock producer. */
class IngestHttpSecurityTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MockProducer<String, byte[]> producer;
    private IngestHttpServer server;

    private void start(BearerTokens tokens) {
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        ArticleSubmitter submitter = new ArticleSubmitter(producer, "news.articles.submitted",
                new ArticleParser(8_000, 20));
        server = IngestHttpServer.start("127.0.0.1", 0, new SubmissionGuard(tokens, true), submitter,
                () -> true, () -> true, () -> "");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                        + "/articles"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("A paragraph from somewhere."));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withTokensAPostWithoutOneIsRefusedAndNothingIsProduced() throws Exception {
        start(BearerTokens.parse("first-secret, second-secret"));

        HttpResponse<String> none = post();
        HttpResponse<String> wrong = post("Authorization", "Bearer first-secre");
        HttpResponse<String> basic = post("Authorization", "Basic Zmlyc3Qtc2VjcmV0");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(none.body()).contains("bearer token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void everyConfiguredTokenIsAccepted() throws Exception {
        start(BearerTokens.parse("first-secret,second-secret"));

        assertThat(post("Authorization", "Bearer first-secret").statusCode()).isEqualTo(202);
        assertThat(post("Authorization", "bearer second-secret").statusCode()).isEqualTo(202);
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void aCrossOriginBrowserPostIsRefusedWithoutAToken() throws Exception {
        start(BearerTokens.none());

        HttpResponse<String> foreign = post("Origin", "https://evil.example");
        HttpResponse<String> otherPort = post("Origin", "http://localhost:8080");
        HttpResponse<String> crossSite = post("Sec-Fetch-Site", "cross-site");
        HttpResponse<String> opaque = post("Origin", "null");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Cross-origin");
        assertThat(otherPort.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(opaque.statusCode()).isEqualTo(403);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void sameOriginAndNonBrowserClientsMayPostWithoutAToken() throws Exception {
        start(BearerTokens.none());

        assertThat(post("Origin", "http://localhost:" + server.port(), "Sec-Fetch-Site", "same-origin")
                .statusCode()).isEqualTo(202);
        assertThat(post().statusCode()).isEqualTo(202); // curl, scripts: no Origin
    }

    @Test
    void aValidTokenIsAcceptedWhateverTheOrigin() throws Exception {
        start(BearerTokens.parse("secret"));

        assertThat(post("Authorization", "Bearer secret", "Origin", "https://tool.example").statusCode())
                .isEqualTo(202);
    }

    @Test
    void healthAndMetricsNeedNoToken() throws Exception {
        start(BearerTokens.parse("secret"));

        HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + server.port() + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
    }
}
