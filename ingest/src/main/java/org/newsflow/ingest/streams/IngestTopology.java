package org.newsflow.ingest.streams;

import org.newsflow.runtime.streams.TopicStreams;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.schemas.Topic;
import org.newsflow.schemas.Topics;

/**
 * The ingest topology: submitted records are parsed where they were read (refused ones become dead letters with
 * their source coordinates), re-keyed by articleId and repartitioned so one task owns each article, then checked
 * against the latest revision and published as one {@code ArticleIngested} plus its {@code ParagraphIngested}
 * events.
 */
public final class IngestTopology {

    public static final String PARSE = "ingest-parse";
    public static final String KEY_BY_ARTICLE = "ingest-key-by-article";
    /** The repartition topic is {@code <application.id>-ingest-by-article-repartition}. */
    public static final String REPARTITION = "ingest-by-article";
    public static final String DEDUPE = "ingest-dedupe";
    public static final String REVISIONS_STORE = "ingest-article-revisions";

    private static final String BRANCH = "ingest-parsed-";
    private static final String REJECTED = "rejected";
    private static final String ACCEPTED = "accepted";

    private IngestTopology() {
    }

    public static void build(StreamsBuilder builder, Topics topics, IngestSettings settings) {
        ArticleParser parser = settings.parser();
        IngestMetrics metrics = settings.metrics();
        Topic<String, byte[]> submitted = topics.submitted();
        // Keys are read as bytes: a dead letter then carries the original key even when it is not UTF-8.
        Topic<byte[], byte[]> source = new Topic<>(submitted.name(), Serdes.ByteArray(), submitted.valueSerde());

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(REVISIONS_STORE),
                Serdes.String(), Serdes.String()));

        Map<String, KStream<byte[], ParsedSubmission>> parsed = builder.stream(source.name(), TopicStreams.consumed(source))
                .processValues(() -> new ParseProcessor(parser, metrics), Named.as(PARSE))
                .split(Named.as(BRANCH))
                .branch((key, value) -> value.rejected(), Branched.as(REJECTED))
                .defaultBranch(Branched.as(ACCEPTED));

        parsed.get(BRANCH + REJECTED)
                .mapValues(ParsedSubmission::deadLetter, Named.as("ingest-dead-letter"))
                .to(topics.deadLetters().name(), TopicStreams.produced(topics.deadLetters()));

        KStream<String, ArticleEvents> events = parsed.get(BRANCH + ACCEPTED)
                .map((key, value) -> KeyValue.pair(value.articleId(), value.article()), Named.as(KEY_BY_ARTICLE))
                // Streams serializes under the repartition topic's full name, whose limit is the broker's.
                .repartition(Repartitioned.with(Serdes.String(), settings.limits().guard(REPARTITION,
                        ArticleSerde.create())).withName(REPARTITION))
                .processValues(() -> new RevisionDedupeProcessor(metrics), Named.as(DEDUPE), REVISIONS_STORE);

        events.mapValues(ArticleEvents::article, Named.as("ingest-article-event"))
                .to(topics.articles().name(), TopicStreams.produced(topics.articles()));
        events.flatMapValues(ArticleEvents::paragraphs, Named.as("ingest-paragraph-events"))
                .to(topics.paragraphs().name(), TopicStreams.produced(topics.paragraphs()));
    }
}
