package org.newsflow.runtime.streams;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.header.Headers;
import org.newsflow.schemas.dlq.DeadLetters;

/**
 * Learns which input an output the broker refused for good came from, and remembers that input in
 * {@link RefusedInputs} (installed on every Kafka Streams producer, see {@link StreamsProperties}).
 *
 * <p>The production-exception handler cannot do this itself: its context names the record being processed when
 * the broker's answer arrives, not the one that was sent, and Kafka Streams hands it only the first failure of a
 * transaction. When the broker refuses a batch for one record's timestamp, the first failure is often that of an
 * innocent batch mate ("part of a batch which had one or more invalid records"). So the input of each send is
 * noted when it is sent, on the stream thread ({@link RefusedInputGuard#currentInput()}), and each record's own
 * answer is read here: only a record whose own fault the broker names marks its input.
 */
public final class RefusedSendInterceptor implements ProducerInterceptor<byte[], byte[]> {

    /**
     * The inputs of in-flight sends by the sent record's headers: the one object of a record that reaches its
     * acknowledgement, and the record's own (a {@code ProducerRecord} copies the headers it is given).
     */
    private final Map<Headers, RefusedInputGuard.Input> inFlight = new IdentityHashMap<>();
    private RefusedInputs refused = new RefusedInputs();

    @Override
    public void configure(Map<String, ?> configs) {
        if (configs.get(RefusedInputs.CONFIG) instanceof RefusedInputs given) {
            refused = given;
        }
    }

    @Override
    public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
        RefusedInputGuard.Input input = RefusedInputGuard.currentInput();
        if (input != null) {
            synchronized (inFlight) {
                inFlight.put(record.headers(), input);
            }
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception, Headers headers) {
        RefusedInputGuard.Input input = acknowledged(headers);
        if (exception != null && input != null && isTheRecordsFault(exception)) {
            refused.remember(input.topic(), input.partition(), input.offset(), "Kafka refused a record for "
                    + metadata.topic() + ": " + DeadLetters.messageChain(exception));
        }
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // Kafka calls the variant with headers.
    }

    private RefusedInputGuard.Input acknowledged(Headers headers) {
        if (headers == null) {
            return null;
        }
        synchronized (inFlight) {
            return inFlight.remove(headers);
        }
    }

    /**
     * Only a cause that lies in the record itself marks its input as refused: a record that failed because another
     * one doomed its batch or transaction, or because of the producer's state, is processed again normally.
     */
    static boolean isTheRecordsFault(Exception exception) {
        return exception instanceof InvalidTimestampException || exception instanceof InvalidRecordException;
    }

    @Override
    public void close() {
        synchronized (inFlight) {
            inFlight.clear();
        }
    }
}
