package org.newsflow.projections.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.http.BearerTokens;

/** The projections API is read-only, and with tokens configured its data needs one. */
class ProjectionsAccessTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private ProjectionsHttp http;

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyWriteMethodIsRefusedAsReadOnly() throws Exception {
        http = ProjectionsHttp.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/api/articles", "/api/actors/x", "/articles", "/"}) {
                HttpResponse<String> r = send(method, path, null);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
                assertThat(r.body()).contains("read-only");
            }
        }
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnsweredAsAgainstDnsRebinding() throws Exception {
        http = ProjectionsHttp.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));

        assertThat(statusWithHost("evil.example:" + http.port())).isEqualTo(403);
        assertThat(statusWithHost("localhost:" + http.port())).isEqualTo(200);
        assertThat(statusWithHost("127.0.0.1:" + http.port())).isEqualTo(200);
    }

    /** A raw request, because Java's HTTP client does not let a caller choose the Host header. */
    private int statusWithHost(String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", http.port())) {
            socket.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void withTokensTheDataNeedsOneButHealthAndTheDashboardPageDoNot() throws Exception {
        http = ProjectionsHttp.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                BearerTokens.parse("reader-secret"));

        for (String path : new String[] {"/api/articles", "/api/actors", "/metrics", "/openapi.json"}) {
            HttpResponse<String> r = send("GET", path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
            assertThat(send("GET", path, "Bearer wrong").statusCode()).as(path).isEqualTo(401);
        }
        // With the token the request reaches the API (503: no Streams app attached in this test).
        assertThat(send("GET", "/api/articles", "Bearer reader-secret").statusCode()).isEqualTo(503);
        assertThat(send("GET", "/metrics", "Bearer reader-secret").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/health/live", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/", null).statusCode()).isEqualTo(200);
    }
}
