package org.newsflow.schemas;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.dlq.DeadLetters;
import org.newsflow.schemas.registry.SchemaRegistryClient;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.schemas.serde.AvroSerde;

/**
 * The topic catalogue: every topic of the pipeline with its key and value serdes, built from configuration (the
 * topic prefix and the registry). One registry client with one cache serves every Avro serde of the catalogue.
 */
public final class Topics {

    public static final String SUBMITTED = "news.articles.submitted";
    public static final String ARTICLES = "news.articles";
    public static final String PARAGRAPHS = "news.paragraphs";
    public static final String ENRICHED = "news.paragraphs.enriched";
    public static final String ACTORS_REFERENCE = "news.actors.reference";
    public static final String DLQ = "news.dlq";

    /** Base names in pipeline order. */
    public static final List<String> BASE_NAMES = List.of(SUBMITTED, ARTICLES, PARAGRAPHS, ENRICHED,
            ACTORS_REFERENCE, DLQ);

    private final String prefix;
    private final SchemaRegistryClient registry;
    private final Map<String, ?> serdeConfig;

    private final Topic<String, byte[]> submitted;
    private final Topic<String, ArticleIngested> articles;
    private final Topic<String, ParagraphIngested> paragraphs;
    private final Topic<String, ParagraphEnriched> enriched;
    private final Topic<String, ActorReference> actorsReference;
    private final Topic<byte[], DeadLetter> deadLetters;

    public Topics(String prefix, SchemaRegistryClient registry, Map<String, ?> serdeConfig) {
        this.prefix = prefix == null ? "" : prefix;
        this.registry = registry;
        this.serdeConfig = serdeConfig;
        this.submitted = new Topic<>(name(SUBMITTED), Serdes.String(), Serdes.ByteArray());
        this.articles = new Topic<>(name(ARTICLES), Serdes.String(), avro(ArticleIngested.class));
        this.paragraphs = new Topic<>(name(PARAGRAPHS), Serdes.String(), avro(ParagraphIngested.class));
        this.enriched = new Topic<>(name(ENRICHED), Serdes.String(), avro(ParagraphEnriched.class));
        this.actorsReference = new Topic<>(name(ACTORS_REFERENCE), Serdes.String(), avro(ActorReference.class));
        this.deadLetters = new Topic<>(name(DLQ), deadLetterKeys(), avro(DeadLetter.class));
    }

    private Topics(Topics names, ValueSizeGuard limits) {
        this.prefix = names.prefix;
        this.registry = names.registry;
        this.serdeConfig = names.serdeConfig;
        this.submitted = bounded(names.submitted, limits);
        this.articles = bounded(names.articles, limits);
        this.paragraphs = bounded(names.paragraphs, limits);
        this.enriched = bounded(names.enriched, limits);
        this.actorsReference = bounded(names.actorsReference, limits);
        this.deadLetters = bounded(names.deadLetters, limits);
    }

    /**
     * The same catalogue whose serializers refuse a value that would not fit its topic (see
     * {@link ValueSizeGuard}): what the Streams apps write with, so that an oversized record becomes a dead letter
     * instead of a failed transaction.
     */
    public Topics bounded(ValueSizeGuard limits) {
        return new Topics(this, limits);
    }

    private static <K, V> Topic<K, V> bounded(Topic<K, V> topic, ValueSizeGuard limits) {
        return new Topic<>(topic.name(), topic.keySerde(), limits.guard(topic.name(), topic.valueSerde()));
    }

    /** Dead letters are keyed by the original key, cut short so that a huge key cannot make the letter too large. */
    private static Serde<byte[]> deadLetterKeys() {
        return Serdes.serdeFrom((topic, key) -> DeadLetters.boundedKey(key), Serdes.ByteArray().deserializer());
    }

    /**
     * The catalogue under {@code prefix} (null: none) whose Avro serdes use the registry named in the Kafka client
     * settings.
     */
    public static Topics from(String prefix, Map<String, ?> kafkaProperties) {
        return new Topics(prefix, SchemaRegistryClients.fromConfig(kafkaProperties), kafkaProperties);
    }

    private <T extends SpecificRecord> Serde<T> avro(Class<T> type) {
        AvroSerde<T> serde = new AvroSerde<>(registry, type);
        serde.configure(serdeConfig, false);
        return serde;
    }

    /** The full name of a base topic name under this catalogue's prefix. */
    public String name(String baseName) {
        return prefix + baseName;
    }

    /** The ingest topic users drop articles into: JSON or plain text, any client. */
    public Topic<String, byte[]> submitted() {
        return submitted;
    }

    public Topic<String, ArticleIngested> articles() {
        return articles;
    }

    public Topic<String, ParagraphIngested> paragraphs() {
        return paragraphs;
    }

    public Topic<String, ParagraphEnriched> enriched() {
        return enriched;
    }

    public Topic<String, ActorReference> actorsReference() {
        return actorsReference;
    }

    /** Dead letters keep the original key bytes, whatever their format was. */
    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters;
    }

    public List<String> allNames() {
        return BASE_NAMES.stream().map(this::name).toList();
    }

    public SchemaRegistryClient registry() {
        return registry;
    }
}
