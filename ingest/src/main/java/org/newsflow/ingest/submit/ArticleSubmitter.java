package org.newsflow.ingest.submit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.ingest.model.Article;
import org.newsflow.ingest.model.ArticleIdentity;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.model.ParseResult;
import org.newsflow.ingest.model.SubmissionFormat;
import org.newsflow.runtime.streams.RecordLimits;

/**
 * Validates articles with the same rules as the stream and drops the valid ones into the ingest topic, keyed by
 * articleId. HTTP and the CLI share it, so a refused article is reported to the sender instead of being sent.
 */
public final class ArticleSubmitter implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final ArticleParser parser;

    public ArticleSubmitter(Producer<String, byte[]> producer, String topic, ArticleParser parser) {
        this.producer = producer;
        this.topic = topic;
        this.parser = parser;
    }

    /** An idempotent producer (acks=all) for the ingest topic, with the pass-through client settings. */
    public static Producer<String, byte[]> idempotentProducer(NewsflowConfig config, String clientId) {
        return idempotentProducer(config, clientId, RecordLimits.KAFKA_DEFAULT);
    }

    /** ... whose requests may be as large as the largest record the topics accept. */
    public static Producer<String, byte[]> idempotentProducer(NewsflowConfig config, String clientId,
                                                              int maxRequestSize) {
        Map<String, Object> props = KafkaClientProperties.producer(config);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    public String topic() {
        return topic;
    }

    public ArticleParser parser() {
        return parser;
    }

    /** Parses {@code raw}; an accepted article comes with the value the stream will read back as the same article. */
    public Submission prepare(byte[] raw, SubmissionFormat format) {
        ParseResult result = parser.parse(raw, format);
        if (result instanceof ParseResult.Rejected rejected) {
            return Submission.refused(rejected.rejection());
        }
        Article article = ((ParseResult.Accepted) result).article();
        ArticleIdentity identity = ArticleIdentity.of(article);
        return new Submission(identity.articleId(), identity.revision(), topicValue(raw, format), null);
    }

    /** Sends an accepted submission; {@code callback} is told when the broker has it (or why not). */
    public Future<RecordMetadata> send(Submission submission, Callback callback) {
        if (!submission.accepted()) {
            throw new IllegalArgumentException("Refused submissions are not sent: " + submission.rejection());
        }
        return producer.send(new ProducerRecord<>(topic, submission.articleId(), submission.value()), callback);
    }

    public void flush() {
        producer.flush();
    }

    public Producer<String, byte[]> producer() {
        return producer;
    }

    /**
     * The stream reads a value starting with '{' as JSON: plain text that happens to start so is wrapped in the
     * JSON form to mean the same article. Everything else is sent as it was given.
     */
    static byte[] topicValue(byte[] raw, SubmissionFormat format) {
        if (format != SubmissionFormat.TEXT) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!ArticleParser.looksLikeJson(text)) {
            return raw;
        }
        try {
            return JSON.writeValueAsBytes(Map.of("body", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of one string always serialises", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
