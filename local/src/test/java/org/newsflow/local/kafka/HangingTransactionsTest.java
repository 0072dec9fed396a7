package org.newsflow.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.local.kafka.HangingTransactions.Decision;

class HangingTransactionsTest {

    private static final TopicPartition OFFSETS = new TopicPartition("__consumer_offsets", 3);
    private static final long CRASH = 1_000_000L;
    private static final long LATER = CRASH + HangingTransactions.GRACE.toMillis() + 1;

    /** Open on the partition since the crash, by producer 4 at epoch 2. */
    private static ProducerState open() {
        return new ProducerState(4, 2, 2, CRASH, OptionalInt.of(0), OptionalLong.of(22));
    }

    private static List<TransactionDescription> coordinator(TransactionState state, int epoch) {
        return List.of(new TransactionDescription(1, state, 4, epoch, 10_000, OptionalLong.empty(), Set.of()));
    }

    @Test
    void aTransactionItsCoordinatorCompletedGetsTheMarkerOfItsOutcome() {
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(),
                coordinator(TransactionState.COMPLETE_COMMIT, 3))).isEqualTo(Decision.COMMIT);
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(),
                coordinator(TransactionState.COMPLETE_ABORT, 2))).isEqualTo(Decision.ABORT);
        assertThat(HangingTransactions.decide(CRASH + 1_000, true, OFFSETS, open(),
                coordinator(TransactionState.COMPLETE_COMMIT, 3)))
                .as("before the apps start, a young transaction cannot be a live one").isEqualTo(Decision.COMMIT);
    }

    @Test
    void whatTheCoordinatorStillDoesOrNoLongerKnowsIsNotGuessed() {
        assertThat(HangingTransactions.decide(CRASH + 1_000, false, OFFSETS, open(),
                coordinator(TransactionState.COMPLETE_COMMIT, 3))).as("young: may be live").isEqualTo(Decision.LEAVE);
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(),
                coordinator(TransactionState.ONGOING, 2))).as("ends at its timeout").isEqualTo(Decision.LEAVE);
        assertThat(HangingTransactions.decide(LATER, true, OFFSETS, open(),
                coordinator(TransactionState.PREPARE_COMMIT, 3))).as("its markers are on their way")
                .isEqualTo(Decision.WAIT);
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(),
                coordinator(TransactionState.EMPTY, 4))).as("the producer started again since")
                .isEqualTo(Decision.UNKNOWN);
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(),
                coordinator(TransactionState.COMPLETE_COMMIT, 1))).as("an older transaction of the producer")
                .isEqualTo(Decision.UNKNOWN);
        assertThat(HangingTransactions.decide(LATER, false, OFFSETS, open(), List.of()))
                .as("no coordinator knows the producer").isEqualTo(Decision.UNKNOWN);
    }

    private static long lastStableOffset(Admin admin, TopicPartition partition) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest()),
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get().get(partition).offset();
    }

    @Test
    @Timeout(120)
    void aLiveTransactionIsLeftAloneAndAWrittenCommitMarkerMakesItsRecordsVisible() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
             Admin admin = Admin.create(broker.clientProperties())) {
            String topic = "open-" + UUID.randomUUID();
            broker.createTopics(topic);
            try (KafkaProducer<String, String> producer = EmbeddedKafkaBrokerTest.producer(broker, Map.of(
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "open-" + UUID.randomUUID(),
                    ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000))) {
                producer.initTransactions();
                producer.beginTransaction();
                var sent = producer.send(new ProducerRecord<>(topic, "k", "v")).get();
                producer.flush();
                TopicPartition partition = new TopicPartition(topic, sent.partition());

                assertThat(HangingTransactions.endOnce(broker.clientProperties(), false)).isEmpty();
                assertThat(lastStableOffset(admin, partition)).as("still open").isZero();

                ProducerState state = admin.describeProducers(List.of(partition)).all().get().get(partition)
                        .activeProducers().get(0);
                var leader = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .get(sent.partition()).leader();
                TransactionMarkers.write(broker.clientProperties(), leader, partition, state.producerId(),
                        (short) state.producerEpoch(), state.coordinatorEpoch().orElse(0), true);

                assertThat(lastStableOffset(admin, partition)).as("the marker ended the transaction").isEqualTo(2);
                assertThat(EmbeddedKafkaBrokerTest.consume(broker, topic, 1, "read_committed"))
                        .as("as committed").extracting(r -> r.value()).containsExactly("v");
            }
        }
    }
}
