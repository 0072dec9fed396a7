package org.newsflow.projections.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another projections instance, with bounded connect and request timeouts, so that an unreachable peer turns
 * into a 503 instead of a hung request.
 */
final class PeerClient {

    /** A peer's answer as received, relayed unchanged. */
    record Response(int status, byte[] body, String contentType) {
    }

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization;

    PeerClient(String authorization) {
        this.authorization = authorization;
    }

    /** GET {@code pathAndQuery} on {@code host}; completes exceptionally when the peer cannot be reached. */
    CompletableFuture<Response> get(HostInfo host, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port()
                        + pathAndQuery))
                .timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new Response(r.statusCode(), r.body(),
                        r.headers().firstValue("Content-Type").orElse("application/json")));
    }
}
