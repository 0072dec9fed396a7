package org.newsflow.runtime.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;

/**
 * Creates the pipeline's topics when they are missing and waits until every partition has a leader: a freshly
 * created topic otherwise drops the first batch produced to it with retriable errors.
 */
public final class TopicProvisioner {

    private TopicProvisioner() {
    }

    /** With the partitions, replication factor and min.insync.replicas the configuration gives. */
    public static void ensure(Admin admin, Topics topics, NewsflowConfig config, Duration timeout) {
        Map<String, String> shared = new HashMap<>();
        String minInsync = config.getOrNull(ConfigKeys.TOPIC_MIN_INSYNC_REPLICAS);
        if (minInsync != null) {
            shared.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync);
        }
        ensure(admin, topics, config.getInt(ConfigKeys.TOPIC_PARTITIONS),
                (short) config.getInt(ConfigKeys.TOPIC_REPLICATION), shared, timeout);
    }

    public static void ensure(Admin admin, Topics topics, int partitions, short replication, Duration timeout) {
        ensure(admin, topics, partitions, replication, Map.of(), timeout);
    }

    private static void ensure(Admin admin, Topics topics, int partitions, short replication,
                               Map<String, String> shared, Duration timeout) {
        List<NewTopic> wanted = new ArrayList<>();
        for (String base : Topics.BASE_NAMES) {
            NewTopic topic = new NewTopic(topics.name(base), partitions, replication);
            Map<String, String> configs = new HashMap<>(shared);
            if (base.equals(Topics.ACTORS_REFERENCE)) {
                configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            wanted.add(topic.configs(configs));
        }
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, wanted.stream().map(NewTopic::name).toList(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create the pipeline's topics: " + e.getMessage(), e);
        }
    }

    public static void awaitLeaders(Admin admin, List<String> names, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                boolean ready = described.values().stream()
                        .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null));
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                // Metadata not propagated yet: retry until the deadline.
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Partitions of " + names + " have no leader after " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
