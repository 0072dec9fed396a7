package org.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;

/**
 * Input the pipeline benchmarks feed: articles built from the corpus paragraphs (as the JSON users drop into the
 * ingest topic), paragraph events for the enrich stage, enriched events for the projections, and a producer that
 * sends pre-serialised values.
 */
final class Load {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: its id, the JSON submitted and its paragraph count. */
    record Article(String id, byte[] json, int paragraphs) {
    }

    private final List<String> texts;
    private int next;

    Load(List<String> texts) {
        this.texts = texts;
    }

    /** {@code articles} articles of {@code perArticle} paragraphs each, ids {@code <run>-<n>}, texts cycling. */
    List<Article> articles(String run, int articles, int perArticle) {
        List<Article> out = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < perArticle; p++) {
                body.append(texts.get(next++ % texts.size())).append('\n');
            }
            String id = run + "-" + a;
            ObjectNode json = JSON.createObjectNode().put("id", id).put("title", "Bench article " + id)
                    .put("source", "bench").put("publishedAt", Instant.now().toString()).put("body", body.toString());
            out.add(new Article(id, json.toString().getBytes(StandardCharsets.UTF_8), perArticle));
        }
        return out;
    }

    /** Paragraph events as ingest publishes them, ten to an article. */
    List<ParagraphIngested> paragraphEvents(String run, int n) {
        List<ParagraphIngested> out = new ArrayList<>(n);
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            String articleId = run + "-" + (i / 10);
            out.add(ParagraphIngested.newBuilder().setEventId(articleId + ":r1:" + (i % 10 + 1))
                    .setArticleId(articleId).setRevision("r1").setIndex(i % 10 + 1).setCount(10)
                    .setText(texts.get(next++ % texts.size())).setTitle("Bench " + articleId).setSource("bench")
                    .setUrl(null).setLanguage("en").setPublishedAt(now).setIngestedAt(now).build());
        }
        return out;
    }

    /** The {@code i}-th enriched event of run {@code run}: a captured enriched paragraph under a new identity. */
    static ParagraphEnriched enriched(List<ParagraphEnriched> templates, String run, long i) {
        ParagraphEnriched t = templates.get((int) (i % templates.size()));
        String articleId = run + "-" + (i / 10);
        return ParagraphEnriched.newBuilder(t).setEventId(articleId + ":r1:" + (i % 10 + 1)).setArticleId(articleId)
                .setRevision("r1").setIndex((int) (i % 10 + 1)).setCount(10).setTitle("Bench " + articleId).build();
    }

    /** {@code kafka}: where the cluster is and how to authenticate (see {@code KafkaClientProperties}). */
    static KafkaProducer<String, byte[]> producer(Map<String, Object> kafka) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 << 20);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends every value keyed by its article id and waits until all are acknowledged. */
    static void sendAll(KafkaProducer<String, byte[]> producer, String topic, List<String> keys, List<byte[]> values)
            throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), values.get(i))));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }
}
