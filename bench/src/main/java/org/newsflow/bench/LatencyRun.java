package org.newsflow.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Open-loop latency: articles sent to the ingest topic on a fixed schedule, each polled on the article endpoint
 * until it answers complete; the latency is from the send to the first complete answer.
 */
final class LatencyRun {

    record Outcome(List<Double> latenciesMs, double achievedRate) {
        /** Nearest-rank percentile in milliseconds. */
        double p(double percentile) {
            List<Double> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    private record InFlight(String id, long sentNanos) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LatencyRun(KafkaProducer<String, byte[]> producer, String topic, String baseUrl) {
        this.producer = producer;
        this.topic = topic;
        this.baseUrl = baseUrl;
    }

    Outcome run(Load load, String run, double paragraphsPerSecond, int perArticle, Duration duration)
            throws Exception {
        int articles = Math.max(1, (int) Math.round(paragraphsPerSecond * duration.toSeconds() / perArticle));
        List<Load.Article> batch = load.articles(run, articles, perArticle);
        double intervalNanos = perArticle / paragraphsPerSecond * 1e9;
        ConcurrentLinkedQueue<InFlight> sent = new ConcurrentLinkedQueue<>();
        List<Double> latencies = new ArrayList<>();
        Thread sender = new Thread(() -> {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch.size(); i++) {
                long due = t0 + (long) (i * intervalNanos);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Load.Article a = batch.get(i);
                sent.add(new InFlight(a.id(), System.nanoTime()));
                producer.send(new ProducerRecord<>(topic, a.id(), a.json()));
            }
            producer.flush();
        }, "bench-latency-sender");
        long start = System.nanoTime();
        sender.start();
        List<InFlight> pending = new ArrayList<>();
        long deadline = start + duration.toNanos() + Duration.ofMinutes(3).toNanos();
        long lastDone = start;
        while (latencies.size() < batch.size()) {
            for (InFlight f; (f = sent.poll()) != null; ) {
                pending.add(f);
            }
            for (Iterator<InFlight> it = pending.iterator(); it.hasNext(); ) {
                InFlight f = it.next();
                if (complete(f.id())) {
                    long now = System.nanoTime();
                    latencies.add((now - f.sentNanos()) / 1e6);
                    lastDone = now;
                    it.remove();
                }
            }
            if (System.nanoTime() > deadline) {
                sender.interrupt();
                throw new TimeoutException(pending.size() + " articles not queryable in time");
            }
            Thread.sleep(5);
        }
        sender.join();
        return new Outcome(latencies, (double) articles * perArticle / ((lastDone - start) / 1e9));
    }

    private boolean complete(String id) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles/"
                    + URLEncoder.encode(id, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"complete\":true");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
