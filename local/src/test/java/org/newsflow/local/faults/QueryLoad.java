package org.newsflow.local.faults;

import static org.newsflow.local.faults.FaultSupport.Article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks one instance for known articles in a loop: each answer must be the article exactly as submitted, or a
 * 503 with Retry-After; a 404, a 500, a partial or different article is a wrong answer.
 */
final class QueryLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String url;
    private final List<Article> articles;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    QueryLoad(String url, List<Article> articles) {
        this.url = url;
        this.articles = articles;
        this.thread = new Thread(this::loop, "query-load");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        int i = 0;
        while (running.get() && !articles.isEmpty()) {
            check(articles.get(i++ % articles.size()));
        }
    }

    private void check(Article article) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/articles/"
                    + FaultSupport.encode(article.id()))).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            refused.incrementAndGet(); // this instance itself down (never the case here): not an answer
            pause(50);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (response.statusCode() == 503) {
            unavailable.incrementAndGet();
            if (response.headers().firstValue("Retry-After").isEmpty()) {
                wrong.add(article.id() + ": 503 without Retry-After");
            }
            pause(50);
            return;
        }
        if (response.statusCode() != 200) {
            wrong.add(article.id() + ": " + response.statusCode() + " " + response.body());
            return;
        }
        try {
            JsonNode view = JSON.readTree(response.body());
            List<String> texts = new ArrayList<>();
            view.path("paragraphs").forEach(p -> texts.add(p.path("text").asText()));
            if (!texts.equals(article.paragraphs())) {
                wrong.add(article.id() + ": paragraphs differ: " + texts.size() + " of "
                        + article.paragraphs().size());
            } else {
                answered.incrementAndGet();
            }
        } catch (IOException e) {
            wrong.add(article.id() + ": not JSON");
        }
    }

    long answered() {
        return answered.get();
    }

    List<String> wrong() {
        return List.copyOf(wrong);
    }

    String firstWrong() {
        return wrong.isEmpty() ? "none" : wrong.get(0);
    }

    String summary() {
        return "queries answered=" + answered.get() + ", 503 with Retry-After=" + unavailable.get()
                + ", wrong=" + wrong.size();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(15_000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
