package org.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HangingTransactionsTest {

    private static final TopicPartition OFFSETS = new TopicPartition("__consumer_offsets", 3);
    private static final long CRASH = 1_000_000L;

    private static ProducerState openSince(long lastWrite) {
        return new ProducerState(4, 2, 2, lastWrite, OptionalInt.of(0), OptionalLong.of(22));
    }

    private static TransactionDescription coordinator(TransactionState state, Set<TopicPartition> partitions) {
        return new TransactionDescription(1, state, 4, 4, 10_000, OptionalLong.empty(), partitions);
    }

    @Test
    void aTransactionItsCoordinatorHasForgottenHangsOnceOlderThanTheGrace() {
        long later = CRASH + HangingTransactions.GRACE.toMillis() + 1;
        List<TransactionDescription> forgotten = List.of(coordinator(TransactionState.EMPTY, Set.of()));

        assertThat(HangingTransactions.isHanging(later, OFFSETS, openSince(CRASH), forgotten)).isTrue();
        assertThat(HangingTransactions.isHanging(later, OFFSETS, openSince(CRASH), List.of()))
                .as("no coordinator knows the producer any more").isTrue();
        assertThat(HangingTransactions.isHanging(CRASH + 5_000, OFFSETS, openSince(CRASH), forgotten))
                .as("younger than the grace: the coordinator may still end it").isFalse();
    }

    @Test
    void aTransactionTheCoordinatorIsCompletingWithThisPartitionIsLeftAlone() {
        long later = CRASH + 10 * HangingTransactions.GRACE.toMillis();
        for (TransactionState completing : List.of(TransactionState.ONGOING, TransactionState.PREPARE_COMMIT,
                TransactionState.PREPARE_ABORT)) {
            assertThat(HangingTransactions.isHanging(later, OFFSETS, openSince(CRASH),
                    List.of(coordinator(completing, Set.of(OFFSETS))))).as(completing.toString()).isFalse();
        }
        assertThat(HangingTransactions.isHanging(later, OFFSETS, openSince(CRASH),
                List.of(coordinator(TransactionState.ONGOING, Set.of(new TopicPartition("news.paragraphs", 0))))))
                .as("the coordinator's open transaction does not hold this partition").isTrue();
    }

    @Test
    @Timeout(120)
    void anOpenTransactionOnARealBrokerIsNeitherHangingNowNorLaterWhileItsCoordinatorTracksIt() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            String topic = "open-" + UUID.randomUUID();
            broker.createTopics(topic);
            try (KafkaProducer<String, String> producer = EmbeddedKafkaBrokerTest.producer(broker, Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "open-" + UUID.randomUUID(),
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000))) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "k", "v")).get();

                assertThat(HangingTransactions.endOnce(broker.clientProperties(), System::currentTimeMillis))
                        .isEmpty();
                long pastTheGrace = System.currentTimeMillis() + 2 * HangingTransactions.GRACE.toMillis();
                assertThat(HangingTransactions.endOnce(broker.clientProperties(), () -> pastTheGrace))
                        .as("its coordinator still lists the partition in the open transaction").isEmpty();

                producer.commitTransaction();
            }
            assertThat(EmbeddedKafkaBrokerTest.consume(broker, topic, 1, "read_committed"))
                    .as("the transaction was left to commit").hasSize(1);
        }
    }
}
