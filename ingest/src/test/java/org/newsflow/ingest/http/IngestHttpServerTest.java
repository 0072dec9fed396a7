package org.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.ingest.testing.SeedArticle;

/** The HTTP API against a mock producer: validation answers need no broker. */
class IngestHttpServerTest {

    private static final int MAX_BYTES = 8_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private MockProducer<String, byte[]> producer;
    private IngestHttpServer server;

    @BeforeEach
    void start() {
        producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        ArticleSubmitter submitter = new ArticleSubmitter(producer, "news.articles.submitted",
                new ArticleParser(MAX_BYTES, 20));
        server = IngestHttpServer.start("127.0.0.1", 0, new SubmissionGuard(BearerTokens.none(), true), submitter,
                () -> true, ready::get, () -> "newsflow_test_total 1.0\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/articles"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextIsAcceptedAndProducedKeyedByArticleId() throws Exception {
        HttpResponse<String> response = post("text/plain; charset=utf-8", SeedArticle.bytes());

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("articleId").asText()).startsWith("sha256:");
        assertThat(body.get("revision").asText()).matches("[0-9a-f]{16}");
        assertThat(producer.history()).hasSize(1);
        ProducerRecord<String, byte[]> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo("news.articles.submitted");
        assertThat(record.key()).isEqualTo(body.get("articleId").asText());
        assertThat(record.value()).isEqualTo(SeedArticle.bytes());
    }

    @Test
    void theJsonFormIsAccepted() throws Exception {
        HttpResponse<String> response = post("application/json",
                utf8("{\"id\":\"a-1\",\"title\":\"T\",\"body\":\"One.\\nTwo.\"}"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("articleId").asText()).isEqualTo("a-1");
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("a-1");
    }

    @Test
    void plainTextThatStartsWithABraceIsWrappedSoTheStreamReadsItAsText() throws Exception {
        assertThat(post("text/plain", utf8("{braces} open this article")).statusCode()).isEqualTo(202);
        assertThat(new String(producer.history().get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"body\":\"{braces} open this article\"}");
    }

    @Test
    void badInputIsA400WithAJsonError() throws Exception {
        assertRefused(post("application/json", utf8("{\"body\": ")), 400, "not valid JSON", "invalid_json");
        assertRefused(post("application/json", utf8("{\"title\": \"t\"}")), 400, "no \"body\"", "missing_body");
        assertRefused(post("text/plain", new byte[0]), 400, "empty", "empty_body");
        assertRefused(post("text/plain", utf8("  \n\u200B ")), 400, "body is empty", "empty_body");
        assertRefused(post("text/plain", "Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1)), 400, "not valid UTF-8",
                "not_utf8");
        assertRefused(post("text/plain", utf8("p\n".repeat(21))), 400, "21 paragraphs", "too_many_paragraphs");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void anArticleOverTheSizeLimitIsA413() throws Exception {
        assertRefused(post("text/plain", utf8("x".repeat(MAX_BYTES + 1))), 413, "over the limit of 8000 bytes",
                "too_large");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void otherMediaTypesAndCharsetsAreA415() throws Exception {
        assertThat(post("application/xml", utf8("<a/>")).statusCode()).isEqualTo(415);
        HttpResponse<String> latin1 = post("text/plain; charset=ISO-8859-1", utf8("text"));
        assertThat(latin1.statusCode()).isEqualTo(415);
        assertThat(json(latin1).get("error").asText()).contains("UTF-8");
    }

    @Test
    void healthFollowsTheStreamAndMetricsArePrometheusText() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        ready.set(true);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/plain"));
        assertThat(metrics.body()).contains("newsflow_test_total");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message, String reason)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).contains(message);
        assertThat(body.get("reason").asText()).isEqualTo(reason);
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA400WithinSeconds() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
            socket.setSoTimeout(15_000);
            var out = socket.getOutputStream();
            out.write(utf8("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 1000\r\n\r\nOnly forty bytes of the announced body."));
            out.flush();
            long started = System.nanoTime();
            String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.UTF_8);

            assertThat(answer).isEqualTo("HTTP/1.1 400");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aBodyKafkaRefusesAsTooLargeIsA413InPlainWords() throws Exception {
        producer.close();
        MockProducer<String, byte[]> refusing = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        server.close();
        server = IngestHttpServer.start("127.0.0.1", 0, new SubmissionGuard(BearerTokens.none(), true),
                new ArticleSubmitter(refusing, "news.articles.submitted", new ArticleParser(MAX_BYTES, 20)),
                () -> true, ready::get, () -> "");
        var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return post("text/plain", utf8("Putin spoke."));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (refusing.history().isEmpty()) {
            Thread.sleep(10);
        }
        refusing.errorNext(new org.apache.kafka.common.errors.RecordTooLargeException("The message is 2000000 bytes"));

        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("more than the ingest topic accepts").doesNotContain("Exception")
                .doesNotContain("org.apache");
    }
}
