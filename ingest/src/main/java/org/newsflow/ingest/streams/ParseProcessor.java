package org.newsflow.ingest.streams;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsflow.events.DeadLetter;
import org.newsflow.ingest.model.ArticleIdentity;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.model.ParseResult;
import org.newsflow.ingest.model.Rejection;
import org.newsflow.schemas.dlq.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each submitted record where it was read, so that a refused one becomes a dead letter with its original
 * topic, partition, offset, key and value.
 */
final class ParseProcessor implements FixedKeyProcessor<byte[], byte[], ParsedSubmission> {

    static final String STAGE = "ingest.parse";

    private static final Logger LOG = LoggerFactory.getLogger(ParseProcessor.class);

    private final ArticleParser parser;
    private final IngestMetrics metrics;
    private FixedKeyProcessorContext<byte[], ParsedSubmission> context;

    ParseProcessor(ArticleParser parser, IngestMetrics metrics) {
        this.parser = parser;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], ParsedSubmission> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        ParseResult result = parser.parse(record.value());
        if (result instanceof ParseResult.Accepted accepted) {
            String articleId = ArticleIdentity.of(accepted.article()).articleId();
            context.forward(record.withValue(new ParsedSubmission(articleId, accepted.article(), null)));
        } else {
            Rejection rejection = ((ParseResult.Rejected) result).rejection();
            metrics.rejected(rejection.reason());
            context.forward(record.withValue(new ParsedSubmission(null, null, deadLetter(record, rejection))));
        }
    }

    private DeadLetter deadLetter(FixedKeyRecord<byte[], byte[]> record, Rejection rejection) {
        RecordMetadata source = context.recordMetadata().orElse(null);
        String topic = source == null ? null : source.topic();
        Integer partition = source == null ? null : source.partition();
        Long offset = source == null ? null : source.offset();
        LOG.info("Refused {}-{}@{}: {}", topic, partition, offset, rejection);
        return DeadLetters.of(context.applicationId(), STAGE, rejection.message(), rejection.cause(), topic,
                partition, offset, record.key(), record.value(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }
}
