package org.newsflow.runtime.streams;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;
import org.newsflow.runtime.dlq.DeadLetterHandler;

/**
 * Kafka Streams settings shared by the three apps: exactly-once v2 by default, the dead-letter handlers, bounded
 * RocksDB memory, and every pass-through client setting (security, tuning) from the configuration.
 */
public final class StreamsProperties {

    private StreamsProperties() {
    }

    public static Properties forApp(NewsflowConfig config, String applicationIdKey, Topics topics) {
        return forApp(config, applicationIdKey, topics, RecordLimits.kafkaDefaults());
    }

    /**
     * With the record size limits learned from the cluster: the producer may send the largest record a topic
     * accepts, and the dead-letter handler lowers a limit when the broker refuses a record after all.
     */
    public static Properties forApp(NewsflowConfig config, String applicationIdKey, Topics topics,
                                    RecordLimits limits) {
        Properties props = KafkaClientProperties.streams(config);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(applicationIdKey));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.get(ConfigKeys.PROCESSING_GUARANTEE));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt(ConfigKeys.TOPIC_REPLICATION));
        String minInsync = config.getOrNull(ConfigKeys.TOPIC_MIN_INSYNC_REPLICAS);
        if (minInsync != null) {
            props.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), minInsync);
        }
        // A write counts once every in-sync replica has it, so losing a broker loses no acknowledged record.
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(DeadLetterHandler.RECORD_LIMITS_CONFIG, limits);
        props.put(FailureCounts.CONFIG, new FailureCounts());
        RefusedInputs refused = new RefusedInputs();
        props.put(RefusedInputs.CONFIG, refused);
        // Takes effect where the topology is built with these properties (see topologyConfig).
        props.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, RefusedInputGuard.class);
        props.put(StreamsConfig.producerPrefix(RefusedInputs.CONFIG), refused);
        String interceptors = props.getProperty(StreamsConfig.producerPrefix(
                ProducerConfig.INTERCEPTOR_CLASSES_CONFIG));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG),
                (interceptors == null || interceptors.isBlank() ? "" : interceptors + ",")
                        + RefusedSendInterceptor.class.getName());
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                limits.maxRequestSize());
        // Opts in to the Kafka 5.0 default: global-store processors use the same processing handler.
        props.putIfAbsent("processing.exception.handler.global.enabled", true);
        props.put(DeadLetterHandler.DLQ_TOPIC_CONFIG, topics.name(Topics.DLQ));
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        props.put(BoundedRocksDbConfig.MEMORY_BYTES_CONFIG, config.get(ConfigKeys.ROCKSDB_MEMORY_BYTES));
        props.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        if (config.getBoolean(ConfigKeys.STATIC_MEMBERSHIP)) {
            // Kafka Streams adds the thread index to it for each consumer.
            props.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, StaticMembership.instanceId(
                    Path.of(config.get(ConfigKeys.STATE_DIR)), config.get(applicationIdKey)));
        }
        // A member that is gone for good is noticed after 15 s instead of Kafka's 45 s; one that restarts comes
        // back under its instance id at once.
        props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return props;
    }

    /**
     * Under exactly-once, the commit interval of a stage whose output the next stage reads (ingest, enrich): a
     * record becomes visible downstream only when its transaction commits, so on the way from submit to queryable
     * it waits for a commit at every such hop (three: ingest's repartition, ingest, enrich), and the interval sets
     * the latency floor. Half Kafka's exactly-once default of 100 ms: measured at 100 paragraphs/s, p50 240 ms and
     * p99 330 ms instead of 350 and 490; twice the transactions of those two apps, a small cost beside their
     * records. Unset for projections, whose queries read the stores before the commit.
     */
    public static final long HOP_COMMIT_INTERVAL_MS = 50;

    /** Commits every {@link #HOP_COMMIT_INTERVAL_MS} under exactly-once, unless a commit interval is configured. */
    public static Properties committingEveryHop(Properties props) {
        if (!StreamsConfig.AT_LEAST_ONCE.equals(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))) {
            props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, HOP_COMMIT_INTERVAL_MS);
        }
        return props;
    }

    /**
     * The settings a {@code StreamsBuilder} must be created with for the app's processors to be wrapped by the
     * {@link RefusedInputGuard}.
     */
    public static TopologyConfig topologyConfig(Properties props) {
        return new TopologyConfig(new StreamsConfig(props));
    }
}
