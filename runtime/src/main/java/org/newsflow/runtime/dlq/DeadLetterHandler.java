package org.newsflow.runtime.dlq;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.newsflow.events.DeadLetter;
import org.newsflow.schemas.dlq.DeadLetters;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.schemas.registry.SchemaRegistryException;
import org.newsflow.schemas.serde.AvroSerializer;
import org.newsflow.runtime.streams.FailureCounts;
import org.newsflow.runtime.streams.RecordLimits;
import org.newsflow.runtime.streams.RecordTooLargeForTopicException;
import org.newsflow.runtime.streams.RefusedOutputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams handler for records that cannot be deserialised, processed or written: it turns each into a small
 * {@link DeadLetter} that Kafka Streams writes to the dead-letter topic in the same transaction, and the stream
 * goes on. A transient cause (the Schema Registry unreachable) is not the record's fault: the handler fails the
 * task instead, the thread is replaced and the record is retried, so nothing good lands in the dead-letter topic.
 */
public class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler,
        ProductionExceptionHandler {

    /** Full name of the dead-letter topic (with any prefix). */
    public static final String DLQ_TOPIC_CONFIG = "newsflow.dlq.topic";
    /** The app's {@link RecordLimits} (an object, not a string): a record the broker refuses lowers them. */
    public static final String RECORD_LIMITS_CONFIG = "newsflow.record.limits";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic;
    private String application;
    private Serializer<DeadLetter> serializer;
    private RecordLimits limits;
    private boolean transactional;
    private FailureCounts failures;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(DLQ_TOPIC_CONFIG);
        if (configured == null) {
            throw new IllegalArgumentException("Missing " + DLQ_TOPIC_CONFIG + " for the dead-letter handler");
        }
        topic = configured.toString();
        Object appId = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        application = appId == null ? "unknown" : appId.toString();
        AvroSerializer<DeadLetter> avro = new AvroSerializer<>(SchemaRegistryClients.fromConfig(configs));
        avro.configure(configs, false);
        serializer = avro;
        limits = configs.get(RECORD_LIMITS_CONFIG) instanceof RecordLimits given ? given : null;
        failures = configs.get(FailureCounts.CONFIG) instanceof FailureCounts given ? given : new FailureCounts();
        Object guarantee = configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        transactional = guarantee != null && guarantee.toString().startsWith("exactly_once");
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        if (isTransient(exception)) {
            LOG.warn("Cannot deserialize {}-{}@{} now, will retry: {}", record.topic(), record.partition(),
                    record.offset(), DeadLetters.messageChain(exception));
            return DeserializationExceptionHandler.Response.fail();
        }
        String reason = "Undecodable record in " + record.topic() + ": " + DeadLetters.messageChain(exception);
        LOG.warn("Dead letter from {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
        DeadLetter letter = DeadLetters.of(application, application + ".deserialize", reason, exception,
                record.topic(), record.partition(), record.offset(), record.key(), record.value(), Instant.now());
        return DeserializationExceptionHandler.Response.resume(List.of(toRecord(record.key(), letter)));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        if (exception instanceof RefusedOutputException refusedOutput) {
            return ProcessingExceptionHandler.Response.resume(List.of(
                    produceDeadLetter(context, refusedOutput.getMessage(), refusedOutput)));
        }
        if (isTransient(exception)) {
            LOG.warn("Processing failed transiently in {}, will retry: {}", context.processorNodeId(),
                    DeadLetters.messageChain(exception));
            return ProcessingExceptionHandler.Response.fail();
        }
        String reason = "Processing failed in " + context.processorNodeId() + ": "
                + DeadLetters.messageChain(exception);
        LOG.warn("Dead letter from {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        DeadLetter letter = DeadLetters.of(application, application + ".process", reason, exception,
                context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), Instant.now());
        return ProcessingExceptionHandler.Response.resume(List.of(toRecord(context.sourceRawKey(), letter)));
    }

    /** A derived record that cannot be serialized, above all one too large for its topic. */
    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
                                                                       ProducerRecord record, Exception exception,
                                                                       SerializationExceptionOrigin origin) {
        if (isTransient(exception)) {
            LOG.warn("Cannot serialize a record for {} now, will retry: {}", record.topic(),
                    DeadLetters.messageChain(exception));
            return ProductionExceptionHandler.Response.fail();
        }
        String reason = exception instanceof RecordTooLargeForTopicException tooLarge
                ? "Output too large: " + tooLarge.getMessage()
                : "Cannot write the " + origin.toString().toLowerCase(java.util.Locale.ROOT) + " of a record for "
                + record.topic() + ": " + DeadLetters.messageChain(exception);
        return resume(context, reason, exception);
    }

    /**
     * A record the producer or the broker refused. Retriable causes are retried. Under exactly-once the refused send
     * has already doomed the transaction: the task fails at once (a dead letter in that transaction would be
     * aborted with it) and is processed again; when the cause was the record's size the limit is lowered first, so
     * the record, processed again, is refused by the size guard and dead-lettered in a transaction that commits.
     * When the cause lies in the record itself (an invalid timestamp or record) its input has been remembered by the
     * {@link org.newsflow.runtime.streams.RefusedSendInterceptor}, so that, processed again, it is dead-lettered by
     * the {@link org.newsflow.runtime.streams.RefusedInputGuard} and the stream goes on.
     * Under at-least-once the dead letter is written at once and the stream goes on.
     */
    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record,
                                                           Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        int size = (record.key() == null ? 0 : record.key().length)
                + (record.value() == null ? 0 : record.value().length);
        if (exception instanceof RecordTooLargeException && limits != null) {
            limits.lower(record.topic(), size);
        }
        String reason = "Kafka refused a record of " + size + " bytes for " + record.topic() + ": "
                + DeadLetters.messageChain(exception);
        if (transactional) {
            LOG.warn("Kafka refused a record of {} bytes for {}; the transaction is aborted and its inputs processed "
                    + "again: {}", size, record.topic(), DeadLetters.messageChain(exception));
            return ProductionExceptionHandler.Response.fail();
        }
        return resume(context, reason, exception);
    }

    private ProductionExceptionHandler.Response resume(ErrorHandlerContext context, String reason,
                                                       Exception exception) {
        return ProductionExceptionHandler.Response.resume(List.of(produceDeadLetter(context, reason, exception)));
    }

    /** The dead letter of an input whose output could not be written. */
    private ProducerRecord<byte[], byte[]> produceDeadLetter(ErrorHandlerContext context, String reason,
                                                             Exception exception) {
        LOG.warn("Dead letter from {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason);
        DeadLetter letter = DeadLetters.of(application, application + ".produce", reason, exception,
                context.topic(), context.topic() == null ? null : context.partition(),
                context.topic() == null ? null : context.offset(), context.sourceRawKey(),
                context.sourceRawValue(), Instant.now());
        return toRecord(context.sourceRawKey(), letter);
    }

    private ProducerRecord<byte[], byte[]> toRecord(byte[] key, DeadLetter letter) {
        failures.increment(letter.getStage());
        return new ProducerRecord<>(topic, DeadLetters.boundedKey(key), serializer.serialize(topic, letter));
    }

    /** True when the cause is an outage rather than the record: retrying can succeed. */
    public static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SchemaRegistryException registry && registry.isRetriable()) {
                return true;
            }
        }
        return false;
    }
}
