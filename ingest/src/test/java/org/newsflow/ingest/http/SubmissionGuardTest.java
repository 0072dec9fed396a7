package org.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsflow.runtime.http.BearerTokens;

/** The rules of who may post, including the Host check a browser cannot be made to bypass. */
class SubmissionGuardTest {

    private final SubmissionGuard loopback = new SubmissionGuard(BearerTokens.none(), true);
    private final SubmissionGuard exposed = new SubmissionGuard(BearerTokens.none(), false);

    @Test
    void aLoopbackServerRefusesForeignHostNamesAsDnsRebindingWouldSendThem() {
        assertThat(loopback.check(null, null, null, "localhost:8082").allowed()).isTrue();
        assertThat(loopback.check(null, null, null, "127.0.0.1:8082").allowed()).isTrue();
        assertThat(loopback.check(null, null, null, "[::1]:8082").allowed()).isTrue();
        SubmissionGuard.Decision rebound = loopback.check(null, "http://evil.example:8082", null,
                "evil.example:8082");
        assertThat(rebound.allowed()).isFalse();
        assertThat(rebound.status()).isEqualTo(403);
    }

    @Test
    void aServerBoundBeyondLoopbackAcceptsItsOwnNames() {
        assertThat(exposed.check(null, null, null, "ingest:8082").allowed()).isTrue();
        assertThat(exposed.check(null, "http://ingest:8082", "same-origin", "ingest:8082").allowed()).isTrue();
        assertThat(exposed.check(null, "http://other:8082", null, "ingest:8082").status()).isEqualTo(403);
    }

    @Test
    void defaultPortsAreFilledInWhenComparingOrigins() {
        assertThat(exposed.check(null, "http://news.example", null, "news.example:80").allowed()).isTrue();
        assertThat(exposed.check(null, "https://news.example", null, "news.example:80").allowed()).isFalse();
    }
}
