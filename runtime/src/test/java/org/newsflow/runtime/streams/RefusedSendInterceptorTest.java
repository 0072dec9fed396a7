package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefusedSendInterceptorTest {

    private final RefusedInputs refused = new RefusedInputs();
    private final RefusedSendInterceptor interceptor = new RefusedSendInterceptor();

    @BeforeEach
    void configure() {
        interceptor.configure(Map.of(RefusedInputs.CONFIG, refused));
    }

    @Test
    void onlyTheInputOfTheRecordTheBrokerNamesIsRemembered() {
        // Three inputs whose outputs share one batch; the broker refuses the batch for the second one's timestamp.
        ProducerRecord<byte[], byte[]> first = sendWhileProcessing(7);
        ProducerRecord<byte[], byte[]> second = sendWhileProcessing(8);
        ProducerRecord<byte[], byte[]> third = sendWhileProcessing(9);

        acknowledge(first, new KafkaException("Failed to append record because it was part of a batch which had "
                + "one more more invalid records"));
        acknowledge(second, new InvalidTimestampException("Timestamp 1 of message with offset 0 is out of range"));
        acknowledge(third, new TransactionAbortedException("aborted"));

        assertThat(refused.reasonFor("in", 0, 7)).isNull();
        assertThat(refused.reasonFor("in", 0, 8)).contains("out").contains("out of range");
        assertThat(refused.reasonFor("in", 0, 9)).isNull();
    }

    @Test
    void anyOfAnInputsOutputsRefusedForItsOwnFaultMarksTheInput() {
        ProducerRecord<byte[], byte[]> accepted = sendWhileProcessing(3);
        ProducerRecord<byte[], byte[]> refusedOne = sendWhileProcessing(3);
        acknowledge(accepted, null);
        acknowledge(refusedOne, new InvalidRecordException("Compacted topic cannot accept message without key"));
        assertThat(refused.reasonFor("in", 0, 3)).contains("without key");
    }

    @Test
    void aSendOutsideProcessingIsNotTracked() {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("out", new byte[1]);
        interceptor.onSend(record);
        acknowledge(record, new InvalidRecordException("bad"));
        assertThat(RefusedInputGuard.currentInput()).as("no input outside a processor").isNull();
        assertThat(refused.reasonFor("in", 0, 0)).isNull();
    }

    private ProducerRecord<byte[], byte[]> sendWhileProcessing(long offset) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("out", null, new byte[1], new byte[1],
                new RecordHeaders());
        RefusedInputGuard.guard(refused, Optional.of(input(offset)), () -> interceptor.onSend(record));
        return record;
    }

    private void acknowledge(ProducerRecord<byte[], byte[]> record, Exception exception) {
        interceptor.onAcknowledgement(new org.apache.kafka.clients.producer.RecordMetadata(
                new TopicPartition("out", 0), -1, 0, -1, -1, -1), exception, record.headers());
    }

    private static RecordMetadata input(long offset) {
        return new RecordMetadata() {
            @Override
            public String topic() {
                return "in";
            }

            @Override
            public int partition() {
                return 0;
            }

            @Override
            public long offset() {
                return offset;
            }
        };
    }
}
