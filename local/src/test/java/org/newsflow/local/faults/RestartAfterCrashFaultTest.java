package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.schemas.Topics;

/**
 * {@code newsflow local} killed with SIGKILL (broker, registry and the three apps at once) in the middle of an
 * ingest, then started again on the same data directory: every article is served exactly once, and the pipeline
 * serves again within about twice its clean start. The same crash without static group membership and with Kafka's
 * 45 s session timeout runs beside it, as the baseline.
 */
@Timeout(600)
class RestartAfterCrashFaultTest {

    private static final Duration START = Duration.ofSeconds(240);
    private static final Duration SERVED = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path workDir;
    private static String run;

    @BeforeAll
    static void workDir() throws IOException {
        workDir = Files.createTempDirectory("newsflow-restart-");
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterAll
    static void clean() throws Exception {
        FaultSupport.finish(null, null, workDir);
    }

    @Test
    void aCrashedPipelineServesAgainWithinTwiceItsCleanStartWithEveryArticleOnce() throws Exception {
        Times baseline = crashAndRestart("baseline", Map.of(ConfigKeys.STATIC_MEMBERSHIP, "false",
                "session.timeout.ms", "45000"));
        Times fast = crashAndRestart("static", Map.of());

        String note = String.format("clean start %d ms, restart after kill -9 %d ms (%.1fx); baseline without "
                        + "static membership: clean %d ms, restart %d ms (%.1fx)", fast.cleanMs, fast.restartMs,
                fast.ratio(), baseline.cleanMs, baseline.restartMs, baseline.ratio());
        FaultSupport.report(new FaultSupport.Outcome("kill9-restart", fast.in, fast.accounted, fast.duplicates,
                fast.restartMs, note));
        assertThat(fast.accounted).as(note).isEqualTo(fast.in);
        assertThat(fast.duplicates).as(note).isZero();
        assertThat(baseline.accounted).as(note).isEqualTo(baseline.in);
        assertThat(baseline.duplicates).as(note).isZero();
        assertThat(fast.ratio()).as(note).isLessThanOrEqualTo(2.5);
    }

    private record Times(long cleanMs, long restartMs, long in, long accounted, long duplicates) {
        double ratio() {
            return (double) restartMs / cleanMs;
        }
    }

    /** Clean start, articles in flight, SIGKILL, restart on the same data directory: times and accounting. */
    private Times crashAndRestart(String name, Map<String, String> settings) throws Exception {
        Path dataDir = Files.createDirectories(workDir.resolve(name));
        int[] ports = freePorts();
        String ingest = "http://localhost:" + ports[2];
        String projections = "http://localhost:" + ports[3];

        long launched = System.nanoTime();
        AppProcess first = AppProcess.startLocal(ports, dataDir, settings, workDir.resolve(name + "-1"), START);
        long cleanMs = untilServed(ingest, projections, run + "-" + name + "-first", launched);

        List<FaultSupport.Article> articles = FaultSupport.articles(run + "-" + name, 40, name.length());
        try (KafkaProducer<String, byte[]> producer = FaultSupport.producer("localhost:" + ports[0])) {
            FaultSupport.submit(producer, Topics.SUBMITTED, articles);
        }
        Thread.sleep(500);
        first.kill();

        long relaunched = System.nanoTime();
        AppProcess second = AppProcess.startLocal(ports, dataDir, settings, workDir.resolve(name + "-2"), START);
        try {
            long restartMs = untilServed(ingest, projections, run + "-" + name + "-second", relaunched);
            int paragraphs = FaultSupport.paragraphCount(articles);
            FaultSupport.ArticleTally tally = FaultSupport.tallyArticles(projections, articles);
            long deadline = System.nanoTime() + SERVED.toNanos();
            while (tally.found() < paragraphs && System.nanoTime() < deadline) {
                Thread.sleep(250);
                tally = FaultSupport.tallyArticles(projections, articles);
            }
            System.out.printf("RESTART %s clean=%d ms restart=%d ms%n", name, cleanMs, restartMs);
            return new Times(cleanMs, restartMs, paragraphs, tally.found(), tally.duplicates());
        } finally {
            second.kill();
        }
    }

    /** From launch until a new article posted over HTTP is queryable. */
    private static long untilServed(String ingest, String projections, String id, long launched) throws Exception {
        long deadline = System.nanoTime() + SERVED.toNanos();
        boolean posted = false;
        while (System.nanoTime() < deadline) {
            if (!posted) {
                posted = post(ingest, "{\"id\":\"" + id + "\",\"body\":\"Rubio met Lavrov in Riyadh.\"}") == 202;
            } else {
                JsonNode view = FaultSupport.get(projections, "/api/articles/" + FaultSupport.encode(id));
                if (view != null && view.path("complete").asBoolean()) {
                    return (System.nanoTime() - launched) / 1_000_000;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(id + " was not served within " + SERVED);
    }

    private static int post(String ingest, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles")).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int[] freePorts() throws IOException {
        int[] ports = new int[4];
        for (int i = 0; i < ports.length; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                ports[i] = socket.getLocalPort();
            }
        }
        return ports;
    }
}
