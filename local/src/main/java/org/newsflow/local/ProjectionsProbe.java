package org.newsflow.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Asks the projections API what the pipeline has made queryable: waits until submitted articles are complete and
 * summarises the result in the one-line JSON of {@code newsflow local --once}.
 */
public final class ProjectionsProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ProjectionsProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Waits until every article answers with all its paragraphs and every actor they mention is counted in the
     * actor views at least as often as these articles mention it; returns the total paragraph count.
     */
    public int awaitComplete(List<String> articleIds, Duration timeout) throws TimeoutException,
            InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> pending = new ArrayList<>(articleIds);
        Map<String, Long> mentions = new LinkedHashMap<>();
        int paragraphs = 0;
        while (!pending.isEmpty()) {
            String id = pending.get(0);
            JsonNode article = get("/api/articles/" + encode(id));
            if (article != null && article.path("complete").asBoolean(false)) {
                paragraphs += article.path("paragraphCount").asInt();
                article.path("actors").forEach(a -> mentions.merge(a.path("id").asText(), a.path("mentions").asLong(),
                        Long::sum));
                pending.remove(0);
                continue;
            }
            waitOrGiveUp(deadline, pending.size() + " of " + articleIds.size() + " articles not queryable after "
                    + timeout + " (first: " + id + ")");
        }
        List<Map.Entry<String, Long>> actors = new ArrayList<>(mentions.entrySet());
        while (!actors.isEmpty()) {
            Map.Entry<String, Long> expected = actors.get(0);
            JsonNode actor = get("/api/actors/" + encode(expected.getKey()));
            if (actor != null && actor.path("mentions").asLong() >= expected.getValue()) {
                actors.remove(0);
                continue;
            }
            waitOrGiveUp(deadline, "actor " + expected.getKey() + " not fully counted after " + timeout);
        }
        return paragraphs;
    }

    private static void waitOrGiveUp(long deadline, String message) throws TimeoutException, InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new TimeoutException(message);
        }
        Thread.sleep(100);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code {"articles","paragraphs","actors","topActors":[{"id","name","mentions"}],"elapsedMs"}}. */
    public ObjectNode summary(int articles, int paragraphs, long elapsedMs) {
        JsonNode ranking = get("/api/actors?sort=mentions&limit=10");
        ObjectNode out = JSON.createObjectNode();
        out.put("articles", articles);
        out.put("paragraphs", paragraphs);
        out.put("actors", ranking == null ? 0 : ranking.path("total").asLong());
        ArrayNode top = out.putArray("topActors");
        if (ranking != null) {
            for (JsonNode actor : ranking.path("items")) {
                top.addObject().put("id", actor.path("id").asText()).put("name", actor.path("name").asText())
                        .put("mentions", actor.path("mentions").asLong());
            }
        }
        out.put("elapsedMs", elapsedMs);
        return out;
    }

    /** The JSON body of a 200 answer, or null for anything else (not there yet, rebalancing, unreachable). */
    public JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
