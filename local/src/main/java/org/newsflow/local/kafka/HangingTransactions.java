package org.newsflow.local.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends transactions the embedded brokers left hanging: open on a partition while their coordinator no longer
 * tracks them, so that the partition's last stable offset never moves again. Kafka can leave one behind when a
 * single-node cluster is killed with a transaction being committed: at the restart the coordinator sends the
 * commit markers while the node still runs on the leadership it had before the crash, loses them when the
 * controller fences that leadership, and forgets the transaction. On {@code __consumer_offsets} such a transaction
 * blocks every exactly-once app of its group (their offset fetch waits for it) and so the app that would have
 * closed it. This is what an operator does with {@code kafka-transactions.sh find-hanging} and {@code abort}:
 * a transaction counts as hanging only if it has been open longer than {@link #GRACE} and its coordinator does not
 * list the partition in a transaction it is still completing; the abort marker then ends it. Its records are
 * dropped as an abort drops them: for offsets, the group reads again from the offsets committed before.
 */
public final class HangingTransactions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    /** Longer than any transaction of the apps (their timeout is 10 s) and than the coordinator takes to end one. */
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration EVERY = Duration.ofSeconds(10);
    private static final Set<TransactionState> COMPLETING = Set.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

    private final ClusterAdmin admin;
    private final LongSupplier clock;
    private final ScheduledExecutorService timer;

    private HangingTransactions(ClusterAdmin admin, LongSupplier clock, ScheduledExecutorService timer) {
        this.admin = admin;
        this.clock = clock;
        this.timer = timer;
    }

    /** Looks for hanging transactions every few seconds until closed. */
    public static HangingTransactions watch(Map<String, Object> clientProperties) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hanging-transactions");
            thread.setDaemon(true);
            return thread;
        });
        HangingTransactions watch = new HangingTransactions(new ClusterAdmin(clientProperties),
                System::currentTimeMillis, timer);
        timer.scheduleWithFixedDelay(watch::endQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** One pass on demand, with this clock: the partitions whose hanging transaction it aborted. */
    static List<TopicPartition> endOnce(Map<String, Object> clientProperties, LongSupplier clock) throws Exception {
        try (ClusterAdmin admin = new ClusterAdmin(clientProperties)) {
            return new HangingTransactions(admin, clock, null).end();
        }
    }

    private void endQuietly() {
        try {
            end();
        } catch (Exception e) {
            // A broker that is down or still starting is asked again at the next pass.
            LOG.debug("Looking for hanging transactions failed: {}", e.toString());
        }
    }

    private List<TopicPartition> end() throws Exception {
        List<TopicPartition> ended = new ArrayList<>();
        Admin client = admin.admin();
        Collection<TopicPartition> unstable = unstablePartitions(client);
        if (unstable.isEmpty()) {
            return ended;
        }
        Map<TopicPartition, List<ProducerState>> producers = client.describeProducers(unstable).all().get()
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().activeProducers()));
        for (var entry : producers.entrySet()) {
            for (ProducerState producer : entry.getValue()) {
                if (producer.currentTransactionStartOffset().isPresent()
                        && isHanging(clock.getAsLong(), entry.getKey(), producer,
                                coordinatorView(client, producer.producerId()))) {
                    client.abortTransaction(new AbortTransactionSpec(entry.getKey(), producer.producerId(),
                            (short) producer.producerEpoch(), producer.coordinatorEpoch().orElse(0))).all().get();
                    LOG.warn("Aborted a transaction left hanging on {} since offset {} by producer {} (epoch {}):"
                                    + " its coordinator no longer tracks it (a Kafka fault after an unclean restart)",
                            entry.getKey(), producer.currentTransactionStartOffset().getAsLong(),
                            producer.producerId(), producer.producerEpoch());
                    ended.add(entry.getKey());
                }
            }
        }
        return ended;
    }

    /**
     * Open for longer than {@link #GRACE}, and the coordinator (its view of the producer's transactions, empty when
     * it knows none) is not completing a transaction that holds this partition.
     */
    static boolean isHanging(long now, TopicPartition partition, ProducerState producer,
                             List<TransactionDescription> coordinator) {
        if (now - producer.lastTimestamp() < GRACE.toMillis()) {
            return false;
        }
        return coordinator.stream().noneMatch(t -> COMPLETING.contains(t.state())
                && t.topicPartitions().contains(partition));
    }

    /** Partitions whose last stable offset lags their end: an open transaction holds them. */
    private static Collection<TopicPartition> unstablePartitions(Admin client) throws Exception {
        Set<String> topics = client.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        Map<TopicPartition, OffsetSpec> latest = client.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        var end = client.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
        var stable = client.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        return latest.keySet().stream().filter(p -> stable.get(p).offset() < end.get(p).offset()).toList();
    }

    /** What the coordinators say of this producer id's transactions. */
    private static List<TransactionDescription> coordinatorView(Admin client, long producerId) throws Exception {
        List<String> ids = client.listTransactions(new ListTransactionsOptions().filterProducerIds(Set.of(producerId)))
                .all().get().stream().map(TransactionListing::transactionalId).toList();
        return ids.isEmpty() ? List.of() : List.copyOf(client.describeTransactions(ids).all().get().values());
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        admin.close();
    }
}
