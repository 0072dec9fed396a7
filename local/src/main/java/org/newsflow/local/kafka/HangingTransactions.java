package org.newsflow.local.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends transactions the embedded brokers left hanging: open on a partition while their coordinator has finished
 * them, so that the partition's last stable offset never moves again. Kafka leaves them behind when a single-node
 * cluster is killed while a transaction is being committed or aborted: at the restart the coordinator sends the
 * markers before the node is back in the cluster, drops them when the controller moves the node's leadership, and
 * records the transaction as complete. On {@code __consumer_offsets} such a transaction blocks every exactly-once
 * app of its group (their offset fetch waits for it), and with it the app that would have closed it; on a data
 * topic it stops read-committed consumers at its first record.
 *
 * <p>Each pass finds the partitions whose last stable offset lags their end, asks them for their open
 * transactions and asks the coordinator what became of each. Where the coordinator has completed the
 * transaction, the marker it lost is written: commit for a committed transaction, abort for an aborted one
 * ({@link TransactionMarkers}). A transaction the coordinator is still completing is left to it; one whose outcome
 * nobody knows any more is reported, not guessed. One pass runs before the apps start (their first transaction
 * would make the coordinator forget the outcome), then one every few seconds.
 */
public final class HangingTransactions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
    /** Longer than any transaction of the apps (their timeout is 10 s): younger ones may be live, not hanging. */
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration EVERY = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final Set<TransactionState> COMPLETING = Set.of(TransactionState.ONGOING,
            TransactionState.PREPARE_COMMIT, TransactionState.PREPARE_ABORT);

    /** What to do with one open transaction. */
    enum Decision { LEAVE, WAIT, COMMIT, ABORT, UNKNOWN }

    private final Map<String, Object> clientProperties;
    private final ClusterAdmin admin;
    private final ScheduledExecutorService timer;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private HangingTransactions(Map<String, Object> clientProperties, ScheduledExecutorService timer) {
        this.clientProperties = clientProperties;
        this.admin = new ClusterAdmin(clientProperties);
        this.timer = timer;
    }

    /**
     * Ends the hanging transactions a crash left (waiting up to {@link #SETTLE} for the coordinators to finish
     * loading), then looks again every few seconds until closed. Call before any app produces.
     */
    public static HangingTransactions watch(Map<String, Object> clientProperties) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hanging-transactions");
            thread.setDaemon(true);
            return thread;
        });
        HangingTransactions watch = new HangingTransactions(clientProperties, timer);
        watch.settle();
        timer.scheduleWithFixedDelay(watch::passQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    /** One pass now, with no producer live: the partitions whose transaction it ended. */
    static List<TopicPartition> endOnce(Map<String, Object> clientProperties, boolean quiet) throws Exception {
        try (HangingTransactions once = new HangingTransactions(clientProperties, null)) {
            return once.pass(System.currentTimeMillis(), quiet).ended();
        }
    }

    private record Pass(List<TopicPartition> ended, boolean waiting) {
    }

    /** Passes until no coordinator is still completing an old transaction, or {@link #SETTLE} is up. */
    private void settle() {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (!pass(System.currentTimeMillis(), true).waiting()) {
                    return;
                }
            } catch (Exception e) {
                LOG.debug("Looking for hanging transactions failed (the broker may still be loading): {}",
                        e.toString());
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void passQuietly() {
        try {
            pass(System.currentTimeMillis(), false);
        } catch (Exception e) {
            // A broker that is down or still starting is asked again at the next pass.
            LOG.debug("Looking for hanging transactions failed: {}", e.toString());
        }
    }

    /** @param quiet no app produces yet, so no open transaction is a live one */
    private Pass pass(long now, boolean quiet) throws Exception {
        List<TopicPartition> ended = new ArrayList<>();
        boolean waiting = false;
        Admin client = admin.admin();
        Map<TopicPartition, Node> unstable = unstablePartitions(client);
        if (unstable.isEmpty()) {
            return new Pass(ended, false);
        }
        var producers = client.describeProducers(unstable.keySet()).all().get();
        for (var entry : producers.entrySet()) {
            TopicPartition partition = entry.getKey();
            for (ProducerState producer : entry.getValue().activeProducers()) {
                if (producer.currentTransactionStartOffset().isEmpty()) {
                    continue;
                }
                Decision decision = decide(now, quiet, partition, producer,
                        coordinatorView(client, producer.producerId()));
                switch (decision) {
                    case COMMIT, ABORT -> {
                        TransactionMarkers.write(clientProperties, unstable.get(partition), partition,
                                producer.producerId(), (short) producer.producerEpoch(),
                                producer.coordinatorEpoch().orElse(0), decision == Decision.COMMIT);
                        LOG.warn("Wrote the lost {} marker of the transaction left open on {} since offset {} by"
                                        + " producer {} (epoch {}): its coordinator had ended it, but Kafka lost the"
                                        + " marker at an unclean restart", decision == Decision.COMMIT ? "commit"
                                        : "abort", partition, producer.currentTransactionStartOffset().getAsLong(),
                                producer.producerId(), producer.producerEpoch());
                        ended.add(partition);
                    }
                    case WAIT -> waiting = true;
                    case UNKNOWN -> {
                        if (reported.add(partition + "/" + producer.producerId() + "/" + producer.producerEpoch())) {
                            LOG.warn("A transaction hangs on {} since offset {} (producer {}, epoch {}) and its"
                                            + " coordinator no longer knows how it ended; end it by hand"
                                            + " (kafka-transactions.sh abort) if its records may be dropped",
                                    partition, producer.currentTransactionStartOffset().getAsLong(),
                                    producer.producerId(), producer.producerEpoch());
                        }
                    }
                    case LEAVE -> {
                        // live, or the coordinator will end it
                    }
                }
            }
        }
        return new Pass(ended, waiting);
    }

    /**
     * What to do with a transaction open on {@code partition}, given the coordinator's view of its producer's
     * transactions (empty when it knows none). A coordinator writes every marker before it records a transaction
     * as complete, so a completed transaction still open on a partition lost its marker there.
     *
     * @param quiet no producer is live: a young transaction cannot be a running one
     */
    static Decision decide(long now, boolean quiet, TopicPartition partition, ProducerState producer,
                           List<TransactionDescription> coordinator) {
        if (!quiet && now - producer.lastTimestamp() < GRACE.toMillis()) {
            return Decision.LEAVE;
        }
        if (coordinator.stream().anyMatch(t -> COMPLETING.contains(t.state()))) {
            // It will end the transaction itself: at its timeout, at the producer's next start, or by resending
            // the markers of one it is committing or aborting.
            return coordinator.stream().anyMatch(t -> t.state() != TransactionState.ONGOING) ? Decision.WAIT
                    : Decision.LEAVE;
        }
        return coordinator.stream()
                .filter(t -> t.producerEpoch() >= producer.producerEpoch())
                .map(t -> t.state() == TransactionState.COMPLETE_COMMIT ? Decision.COMMIT
                        : t.state() == TransactionState.COMPLETE_ABORT ? Decision.ABORT : Decision.UNKNOWN)
                .filter(d -> d != Decision.UNKNOWN)
                .findFirst().orElse(Decision.UNKNOWN);
    }

    /** Partitions whose last stable offset lags their end (an open transaction holds them), with their leader. */
    private static Map<TopicPartition, Node> unstablePartitions(Admin client) throws Exception {
        Set<String> topics = client.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        Map<TopicPartition, Node> leaders = new HashMap<>();
        client.describeTopics(topics).allTopicNames().get().values().forEach(t -> t.partitions().forEach(p ->
                leaders.put(new TopicPartition(t.name(), p.partition()), p.leader())));
        Map<TopicPartition, OffsetSpec> latest = leaders.keySet().stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        var end = client.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED)).all().get();
        var stable = client.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, Node> unstable = new HashMap<>();
        leaders.forEach((p, leader) -> {
            if (leader != null && stable.get(p).offset() < end.get(p).offset()) {
                unstable.put(p, leader);
            }
        });
        return unstable;
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
