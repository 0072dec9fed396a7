package org.newsflow.local.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsflow.local.EmbeddedStack;
import org.newsflow.local.EmbeddedStackExtension;
import org.newsflow.projections.ProjectionsApp;

/**
 * A quick measurement, not a test: query latency over HTTP with 10,000 articles loaded into two projection
 * instances (keys owned by either; lists gathered from both). Run with {@code -Dnewsflow.measure=true}.
 */
@EnabledIfSystemProperty(named = "newsflow.measure", matches = "true")
@ExtendWith(EmbeddedStackExtension.class)
class ProjectionsQueryLatency {

    static final int ARTICLES = Integer.getInteger("newsflow.measure.articles", 10_000);
    static final int REQUESTS = 2_000;

    @Test
    void keyLookupAndTopNLatency(EmbeddedStack stack) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path state = Files.createTempDirectory("projections-latency");
        ProjectionsData data = new ProjectionsData(ARTICLES, 7);
        String appId = "latency-" + run;
        try (ProjectionsApp a = ProjectionsApp.start(ProjectionsEndToEndTest.config(stack, state, run, appId, "a"));
             ProjectionsApp b = ProjectionsApp.start(ProjectionsEndToEndTest.config(stack, state, run, appId, "b"))) {
            await().atMost(Duration.ofSeconds(120)).until(() -> ProjectionsEndToEndTest.ready(a)
                    && ProjectionsEndToEndTest.ready(b));
            long start = System.nanoTime();
            ProjectionsEndToEndTest.produce(ProjectionsEndToEndTest.config(stack, state, run, appId, "p"), data);
            ProjectionsEndToEndTest.awaitComplete(a, data, Duration.ofMinutes(15));
            long loadMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("loaded %d articles (%d events) in %d ms%n", ARTICLES, data.log.size(), loadMs);

            Random rng = new Random(1);
            List<ProjectionsApp> apps = List.of(a, b);
            String[][] actors = ProjectionsData.ACTORS;
            measure("article by id", apps, i -> "/api/articles/article-" + rng.nextInt(ARTICLES));
            measure("actor by id", apps, i -> "/api/actors/" + actors[rng.nextInt(actors.length)][0]);
            measure("top-10 actors", apps, i -> "/api/actors?sort=mentions&limit=10");
            measure("latest 20 articles", apps, i -> "/api/articles?limit=20");
            measure("timeline (day)", apps, i -> "/api/actors/" + actors[rng.nextInt(actors.length)][0]
                    + "/timeline?interval=day");
            measure("search one word", apps, i -> "/api/search?q=" + ProjectionsData.WORDS[rng.nextInt(16)]);
        }
    }

    static void measure(String name, List<ProjectionsApp> apps, IntFunction<String> path) {
        for (int i = 0; i < REQUESTS / 4; i++) { // warm-up
            assertThat(ProjectionsEndToEndTest.get(apps.get(i % 2), path.apply(i)).statusCode()).isEqualTo(200);
        }
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            String p = path.apply(i);
            long t0 = System.nanoTime();
            HttpResponse<String> r = ProjectionsEndToEndTest.get(apps.get(i % 2), p);
            nanos[i] = System.nanoTime() - t0;
            assertThat(r.statusCode()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        System.out.printf("%-20s p50 %6.2f ms  p99 %6.2f ms  (%d requests, alternating instances)%n", name,
                nanos[REQUESTS / 2] / 1e6, nanos[REQUESTS * 99 / 100] / 1e6, REQUESTS);
    }
}
