package org.newsflow.local.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.http.ProjectionsHttp;

/**
 * The dashboard's files as the projections service serves them, without Kafka or a browser: the page, every
 * module it imports (so a typo in an import path fails here, not in a reader's browser), the vendored libraries
 * matching their recorded checksums, and nothing outside the dashboard folder.
 */
class DashboardAssetsTest {

    private static final Pattern IMPORT = Pattern.compile("(?:import|from)\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern IMPORT_MAP_ENTRY = Pattern.compile("\"([a-z0-9-]+)\":\\s*\"(/dashboard/[^\"]+)\"");

    private static ProjectionsHttp http;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        http = ProjectionsHttp.start("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
    }

    @Test
    void servesThePageAndEveryModuleItReaches() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"importmap\">", "/dashboard/js/app.js");

        Set<String> bare = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of("/dashboard/js/app.js", "/dashboard/css/app.css",
                "/dashboard/favicon.svg"));
        Matcher entries = IMPORT_MAP_ENTRY.matcher(page.body());
        while (entries.find()) {
            bare.add(entries.group(1));
            pending.add(entries.group(2));
        }
        assertThat(bare).contains("d3-force", "d3-dispatch", "d3-quadtree", "d3-timer");

        Set<String> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String path = pending.remove(0);
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> file = get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            if (!path.endsWith(".js") && !path.endsWith(".mjs")) {
                continue;
            }
            assertThat(file.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
            Matcher imports = IMPORT.matcher(file.body());
            while (imports.find()) {
                String target = imports.group(1);
                if (target.startsWith(".")) {
                    pending.add(URI.create(path).resolve(target).getPath());
                } else {
                    assertThat(bare).as("%s imports '%s', which the import map must name", path, target)
                            .contains(target);
                }
            }
        }
        assertThat(seen).contains("/dashboard/js/pages/overview.js", "/dashboard/js/graph.js",
                "/dashboard/vendor/d3-force.min.mjs");
    }

    @Test
    void vendoredLibrariesMatchTheirRecordedChecksums() throws Exception {
        HttpResponse<String> sums = get("/dashboard/vendor/README.md");
        assertThat(sums.statusCode()).isEqualTo(200);
        String recorded;
        try (var in = ProjectionsHttp.class.getResourceAsStream("/dashboard/vendor/SHA256SUMS")) {
            assertThat(in).isNotNull();
            recorded = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> lines = recorded.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            String name = parts[1].replaceFirst("^\\./", "");
            HttpResponse<byte[]> file = CLIENT.send(request("/dashboard/vendor/" + name),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(name).isEqualTo(200);
            assertThat(sha256(file.body())).as(name).isEqualTo(parts[0]);
            assertThat(get("/dashboard/vendor/" + name.replace(".min.mjs", ".LICENSE")).body()).as(name)
                    .contains("Permission to use, copy, modify, and/or distribute this software");
        }
    }

    @Test
    void refusesPathsOutsideTheDashboardAndUnknownFiles() throws Exception {
        for (String path : List.of("/dashboard/../org/newsflow/projections/http/openapi.json",
                "/dashboard/%2e%2e/%2e%2e/etc/passwd", "/dashboard/js/missing.js", "/dashboard/vendor/refresh.sh",
                "/dashboard/.hidden.js", "/dashboard/js//app.js")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:");
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
