package org.newsflow.local.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsflow.runtime.Directories;
import org.newsflow.events.DeadLetter;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.schemas.Topic;

/**
 * What every fault test needs: generated articles with known paragraphs, a raw producer, readers for the
 * projections API and for committed topic contents (the dead-letter topic decoded with its Avro serde), and the
 * accounting of one fault, printed as one summary line.
 */
final class FaultSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Instant PUBLISHED = Instant.parse("2025-04-04T06:00:00Z");

    private FaultSupport() {
    }

    // ---- articles

    /** An article as submitted: its id and the paragraphs the pipeline must show, in order. */
    record Article(String id, String title, Instant publishedAt, List<String> paragraphs) {

        byte[] json() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", id);
            fields.put("title", title);
            fields.put("source", "Fault Wire");
            fields.put("publishedAt", publishedAt.toString());
            fields.put("body", String.join("\n\n", paragraphs));
            try {
                return JSON.writeValueAsBytes(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sentences of the repository's seed articles: real news text to reshuffle. */
    static List<String> seedSentences() {
        Path seeds = Path.of(System.getProperty("newsflow.repo.dir", "..")).resolve("seeds");
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (String sentence : line.split("(?<=[.!?”])\\s+(?=[A-Z“])")) {
                        if (sentence.strip().length() > 20) {
                            sentences.add(sentence.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed articles under " + seeds, e);
        }
        return sentences;
    }

    /**
     * {@code count} articles {@code <prefix>-<n>} of 2 to 5 paragraphs, each one to three seed sentences picked by a
     * seeded random, so a run is reproducible and paragraphs vary.
     */
    static List<Article> articles(String prefix, int count, long seed) {
        List<String> sentences = seedSentences();
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int paragraphs = 2 + random.nextInt(4);
            List<String> body = new ArrayList<>(paragraphs);
            for (int p = 0; p < paragraphs; p++) {
                int length = 1 + random.nextInt(3);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < length; s++) {
                    text.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                }
                body.add(text.toString());
            }
            out.add(new Article(prefix + "-" + n, "Fault " + prefix + " #" + n,
                    PUBLISHED.plus(Duration.ofMinutes(37L * n + random.nextInt(600))), body));
        }
        return out;
    }

    static int paragraphCount(Collection<Article> articles) {
        return articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
    }

    // ---- producing

    static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every article keyed by its id and waits until the broker has them all. */
    static void submit(KafkaProducer<String, byte[]> producer, String topic, List<Article> articles) {
        List<java.util.concurrent.Future<?>> sends = new ArrayList<>();
        for (Article article : articles) {
            sends.add(producer.send(new ProducerRecord<>(topic, article.id(), article.json())));
        }
        await(sends);
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value) {
        await(List.of(producer.send(new ProducerRecord<>(topic, key, value))));
    }

    private static void await(List<java.util.concurrent.Future<?>> sends) {
        try {
            for (var send : sends) {
                send.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A test record was refused: " + e.getMessage(), e);
        }
    }

    // ---- reading topics and the API

    /** Every committed record of a topic, read from the beginning to the last stable offset. */
    static <V> List<ConsumerRecord<String, V>> readCommitted(String bootstrapServers, String topic,
                                                               Deserializer<V> values) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 << 20);
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        Deserializer<V> lenient = (t, data) -> {
            try {
                return values.deserialize(t, data);
            } catch (RuntimeException poison) {
                return null;
            }
        };
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new LenientStringDeserializer(),
                lenient)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end in 30 s");
                }
                consumer.poll(Duration.ofMillis(100)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Watches a topic from its current end with {@code read_uncommitted}: sees a record as soon as it is written,
     * inside a transaction not yet committed too.
     */
    static final class OutputWatch implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;

        OutputWatch(String bootstrapServers, String topic) {
            Map<String, Object> props = new HashMap<>();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            consumer = new KafkaConsumer<>(props, new LenientStringDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
        }

        /** Waits until a record whose key passes the filter is written; false after the timeout. */
        boolean awaitKey(Predicate<String> key, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    if (record.key() != null && key.test(record.key())) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The dead letters whose original key passes the filter. */
    static List<DeadLetter> deadLetters(String bootstrapServers, Topic<byte[], DeadLetter> dlq,
                                        Predicate<String> key) {
        return readCommitted(bootstrapServers, dlq.name(), dlq.valueSerde().deserializer()).stream()
                .map(ConsumerRecord::value)
                .filter(d -> d != null && key.test(text(d.getOriginalKey())))
                .toList();
    }

    static String text(ByteBuffer buffer) {
        if (buffer == null) {
            return "";
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Event ids that occur more than once among the values, with their extra occurrences. */
    static <V> long duplicateIds(Collection<V> values, java.util.function.Function<V, String> eventId) {
        Set<String> seen = new HashSet<>();
        return values.stream().map(eventId).filter(id -> !seen.add(id)).count();
    }

    /** The JSON body of a 200 answer, or null (not there yet, rebalancing, unreachable). */
    static JsonNode get(String baseUrl, String path) {
        return new ProjectionsProbe(baseUrl).get(path);
    }

    /** The raw body of a 200 answer, or null. */
    static String getRaw(String baseUrl, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until a first article of the set is complete at the URL the supplier gives now: the pipeline runs. */
    static void awaitSomeComplete(java.util.function.Supplier<String> projectionsUrl, List<Article> articles,
                                  Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String url = projectionsUrl.get();
            for (Article a : articles) {
                JsonNode view = url == null ? null : get(url, "/api/articles/" + encode(a.id()));
                if (view != null && view.path("complete").asBoolean()) {
                    return;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No article became queryable within " + timeout);
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- accounting

    /**
     * What the projections show for a set of articles: paragraphs found exactly as submitted (index and text),
     * paragraphs shown more than once, and the per-actor mention, paragraph and article totals of the article views
     * (the figures the actor views must equal).
     */
    record ArticleTally(int found, int duplicates, int missingArticles, Map<String, long[]> actorTotals) {
    }

    static ArticleTally tallyArticles(String baseUrl, Collection<Article> articles) {
        int found = 0;
        int duplicates = 0;
        int missing = 0;
        Map<String, long[]> actors = new LinkedHashMap<>();
        for (Article article : articles) {
            JsonNode view = get(baseUrl, "/api/articles/" + encode(article.id()));
            if (view == null) {
                missing++;
                continue;
            }
            Set<Integer> indexes = new HashSet<>();
            for (JsonNode p : view.path("paragraphs")) {
                int index = p.path("index").asInt();
                if (!indexes.add(index)) {
                    duplicates++;
                } else if (index >= 1 && index <= article.paragraphs().size()
                        && article.paragraphs().get(index - 1).equals(p.path("text").asText())) {
                    found++;
                }
            }
            for (JsonNode a : view.path("actors")) {
                long[] totals = actors.computeIfAbsent(a.path("id").asText(), k -> new long[3]);
                totals[0] += a.path("mentions").asLong();
                totals[1] += a.path("paragraphs").asLong();
                totals[2] += 1;
            }
        }
        return new ArticleTally(found, duplicates, missing, actors);
    }

    /**
     * Compares every actor view with the totals of all articles: returns mentions, paragraphs and articles counted
     * beyond them (double counting), and the number of actors not yet caught up (or unreachable).
     */
    record ActorCheck(long excess, int behind, String firstDifference) {
    }

    static ActorCheck checkActors(String baseUrl, Map<String, long[]> expected) {
        long excess = 0;
        int behind = 0;
        String first = null;
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            JsonNode actor = get(baseUrl, "/api/actors/" + encode(e.getKey()));
            long[] want = e.getValue();
            long[] have = actor == null ? new long[3] : new long[] {actor.path("mentions").asLong(),
                    actor.path("paragraphs").asLong(), actor.path("articles").asLong()};
            boolean differs = false;
            for (int i = 0; i < 3; i++) {
                excess += Math.max(0, have[i] - want[i]);
                differs |= have[i] != want[i];
            }
            if (differs) {
                behind++;
                if (first == null) {
                    first = e.getKey() + " expected mentions/paragraphs/articles " + want[0] + "/" + want[1] + "/"
                            + want[2] + ", view " + have[0] + "/" + have[1] + "/" + have[2];
                }
            }
        }
        return new ActorCheck(excess, behind, first);
    }

    /** The outcome of one fault, as printed in the suite's summary. */
    record Outcome(String fault, long in, long accounted, long duplicates, long recoverMs, String note) {

        String line() {
            return String.format("FAULT %s in=%d accounted=%d duplicates=%d recoverMs=%d%s", fault, in, accounted,
                    duplicates, recoverMs, note == null || note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    /** Outcomes in the order the faults ran, printed as a table when the suite ends. */
    static final List<Outcome> OUTCOMES = java.util.Collections.synchronizedList(new ArrayList<>());

    static void report(Outcome outcome) {
        OUTCOMES.add(outcome);
        System.out.println(outcome.line());
    }

    /**
     * Ends a fault test class: prints the fault table, then closes what it started (any argument may be null)
     * and deletes its work directory.
     */
    static void finish(KafkaProducer<?, ?> producer, AutoCloseable pipeline, Path workDir) throws Exception {
        System.out.println(table());
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (workDir != null) {
            Directories.deleteRecursively(workDir);
        }
    }

    static String table() {
        StringBuilder out = new StringBuilder("\nFault-injection summary\n");
        out.append(String.format("%-22s %8s %10s %11s %10s%n", "fault", "in", "accounted", "duplicates",
                "recoverMs"));
        for (Outcome o : OUTCOMES) {
            out.append(String.format("%-22s %8d %10d %11d %10d%n", o.fault(), o.in(), o.accounted(),
                    o.duplicates(), o.recoverMs()));
        }
        return out.toString();
    }

    /** Keys of records this suite writes are UTF-8, but a poison key must not stop the reader. */
    private static final class LenientStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(String topic, byte[] data) {
            return data == null ? null : new String(data, StandardCharsets.UTF_8);
        }
    }
}
