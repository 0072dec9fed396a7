package org.newsflow.local.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * An admin client for one broker or a whole cluster, with short timeouts (a test or a start-up wants an answer,
 * not Kafka's minute-long default), and the topic questions the embedded brokers and their tests ask: create and
 * wait for leaders, who leads, is every replica in sync.
 */
public final class ClusterAdmin implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    /** Connects with these client settings (bootstrap servers, security). */
    public ClusterAdmin(Map<String, Object> clientProperties) {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        this.admin = Admin.create(config);
    }

    public Admin admin() {
        return admin;
    }

    /**
     * Creates the topics (existing ones are left alone) and waits until every partition has a leader: a producer
     * writing to a topic whose partitions are still leaderless can lose its first batch to retriable errors.
     */
    public void createTopics(Collection<NewTopic> topics) {
        List<Throwable> failures = new ArrayList<>();
        admin.createTopics(topics).values().forEach((name, future) -> {
            try {
                future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    failures.add(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            } catch (TimeoutException e) {
                failures.add(e);
            }
        });
        Set<String> names = topics.stream().map(NewTopic::name).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!failures.isEmpty()) {
            KafkaException error = new KafkaException("Cannot create topics " + names);
            failures.forEach(error::addSuppressed);
            throw error;
        }
        awaitLeaders(names, TIMEOUT);
    }

    /** Waits until every partition of the topics has a leader. */
    public void awaitLeaders(Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
                boolean ready = descriptions.values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .map(TopicPartitionInfo::leader)
                        .allMatch(leader -> leader != null && !leader.isEmpty());
                if (ready) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                last = e; // unknown topic while metadata propagates: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while waiting for partition leaders", e);
            }
            sleep(50);
        }
        throw new KafkaException("Partitions of " + topics + " have no leader after " + timeout, last);
    }

    /** The partitions of a topic as the controller sees them now: leader, replicas, in-sync replicas. */
    public List<TopicPartitionInfo> partitions(String topic) {
        try {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return d.partitions();
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Cannot describe " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while describing " + topic, e);
        }
    }

    /** The id of the node that leads most partitions of the topic. */
    public int leaderOf(String topic) {
        Map<Integer, Long> led = partitions(topic).stream()
                .map(TopicPartitionInfo::leader)
                .filter(l -> l != null && !l.isEmpty())
                .collect(Collectors.groupingBy(Node::id, Collectors.counting()));
        return led.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow(() -> new KafkaException(topic + " has no leader")).getKey();
    }

    /** Whether every partition of the topics has all its replicas in sync. */
    public boolean fullyReplicated(Collection<String> topics) {
        return topics.stream().flatMap(t -> partitions(t).stream())
                .allMatch(p -> p.isr().size() == p.replicas().size());
    }

    /** Partitions of the topics short of an in-sync replica. */
    public long underReplicated(Collection<String> topics) {
        return topics.stream().flatMap(t -> partitions(t).stream())
                .filter(p -> p.isr().size() < p.replicas().size()).count();
    }

    /**
     * Waits until every partition of the topics has all its replicas in sync; returns how long that took, in
     * milliseconds.
     */
    public long awaitInSync(Collection<String> topics, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (fullyReplicated(topics)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            sleep(100);
        }
        throw new KafkaException("Replicas of " + topics + " not back in sync within " + timeout);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted", e);
        }
    }
}
