package org.newsflow.runtime.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.newsflow.schemas.ValueSizeGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The largest record each topic accepts, learned from the cluster at start-up ({@code max.message.bytes} of each
 * topic, the broker's {@code message.max.bytes} for topics Kafka Streams creates itself). Serializers wrapped by
 * {@link #guard} refuse a record that would not fit: under exactly-once a send the broker or the producer refuses
 * poisons the whole transaction, so the stream would retry the same record for ever, whereas a refused
 * serialization only drops that record (to the dead-letter topic) and the transaction goes on.
 */
public final class RecordLimits implements ValueSizeGuard {

    /** The broker's default when nothing can be learned: {@code message.max.bytes} of Apache Kafka. */
    public static final int KAFKA_DEFAULT = 1_048_588;
    /**
     * Room kept for what the serializer does not see: the key (ids are at most a few KB), headers, the record and
     * batch framing (under 100 bytes).
     */
    public static final int FRAMING_BYTES = 8 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RecordLimits.class);

    private final int brokerLimit;
    private final Map<String, Integer> topicLimits = new ConcurrentHashMap<>();

    public RecordLimits(int brokerLimit, Map<String, Integer> topicLimits) {
        this.brokerLimit = brokerLimit;
        this.topicLimits.putAll(topicLimits);
    }

    /** Kafka's defaults for every topic, for tests and tools that have no cluster to ask. */
    public static RecordLimits kafkaDefaults() {
        return new RecordLimits(KAFKA_DEFAULT, Map.of());
    }

    /** Asks the cluster for the limits of these topics and the broker's default for the others. */
    public static RecordLimits lookup(Admin admin, Collection<String> topics, java.time.Duration timeout) {
        List<ConfigResource> resources = new ArrayList<>();
        topics.forEach(t -> resources.add(new ConfigResource(ConfigResource.Type.TOPIC, t)));
        try {
            Collection<org.apache.kafka.common.Node> nodes = admin.describeCluster().nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            ConfigResource broker = nodes.isEmpty() ? null
                    : new ConfigResource(ConfigResource.Type.BROKER, nodes.iterator().next().idString());
            if (broker != null) {
                resources.add(broker);
            }
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int brokerLimit = broker == null ? KAFKA_DEFAULT
                    : intValue(configs.get(broker), "message.max.bytes", KAFKA_DEFAULT);
            Map<String, Integer> limits = new ConcurrentHashMap<>();
            for (String topic : topics) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic));
                limits.put(topic, intValue(config, TopicConfig.MAX_MESSAGE_BYTES_CONFIG, brokerLimit));
            }
            LOG.info("Largest records accepted: {} (other topics {} bytes)", limits, brokerLimit);
            return new RecordLimits(brokerLimit, limits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the topics' record size limits", e);
        } catch (ExecutionException | TimeoutException e) {
            // Describing configs may be denied by ACLs: Kafka's defaults are then the best guess, and a record the
            // broker still refuses lowers the learned limit (see lower()).
            LOG.warn("Cannot read the topics' record size limits ({}); assuming Kafka's default of {} bytes",
                    e.getCause() == null ? e.toString() : e.getCause().getMessage(), KAFKA_DEFAULT);
            return kafkaDefaults();
        }
    }

    private static int intValue(Config config, String name, int fallback) {
        ConfigEntry entry = config == null ? null : config.get(name);
        if (entry == null || entry.value() == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(entry.value().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The largest record {@code topic} accepts, framing included. */
    public int limitFor(String topic) {
        return topicLimits.getOrDefault(topic, brokerLimit);
    }

    /** The largest value a record of {@code topic} may carry, keeping room for key, headers and framing. */
    public int maxValueBytes(String topic) {
        return Math.max(0, limitFor(topic) - FRAMING_BYTES);
    }

    /** The producer's {@code max.request.size}: the largest record any of these topics accepts. */
    public int maxRequestSize() {
        int max = brokerLimit;
        for (int limit : topicLimits.values()) {
            max = Math.max(max, limit);
        }
        return max;
    }

    /**
     * A record of {@code bytes} was refused by the cluster as too large for {@code topic} after all (its limit was
     * lowered while the app ran): from now on the guard refuses such records before they are sent.
     */
    public void lower(String topic, int bytes) {
        int lowered = Math.max(FRAMING_BYTES + 1, bytes - 1);
        topicLimits.merge(topic, lowered, Math::min);
        LOG.warn("{} refused a record of {} bytes: its limit is now taken as {} bytes", topic, bytes,
                limitFor(topic));
    }

    /** {@code serde} with a serializer that refuses values that would not fit {@code topic}. */
    @Override
    public <T> Serde<T> guard(String topic, Serde<T> serde) {
        return Serdes.serdeFrom(guard(topic, serde.serializer()), serde.deserializer());
    }

    public <T> Serializer<T> guard(String topic, Serializer<T> serializer) {
        return new SizeGuardSerializer<>(this, topic, serializer);
    }
}
