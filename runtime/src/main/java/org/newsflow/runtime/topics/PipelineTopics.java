package org.newsflow.runtime.topics;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.streams.RecordLimits;
import org.newsflow.schemas.Topics;

/**
 * The pipeline's topics as a service sees them: the catalogue named by the configuration, and the one way a
 * service makes sure they exist (partitions, replication and min.insync.replicas from the configuration) before it
 * starts.
 */
public final class PipelineTopics {

    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private PipelineTopics() {
    }

    /** The topic catalogue under the configured prefix, its Avro serdes on the configured registry. */
    public static Topics catalogue(NewsflowConfig config) {
        return Topics.from(config.getOrNull(ConfigKeys.TOPIC_PREFIX), config.kafkaProperties());
    }

    /** Work a service does with the admin client once the topics exist (e.g. seeding a reference topic). */
    @FunctionalInterface
    public interface AdminStep {
        void run(Admin admin, Topics topics);
    }

    /** Creates the missing topics and reads their size limits. */
    public static Provisioned provision(NewsflowConfig config) {
        return provision(config, (admin, topics) -> { });
    }

    /** Creates the missing topics, runs {@code then} with the same admin client, and reads the size limits. */
    public static Provisioned provision(NewsflowConfig config, AdminStep then) {
        Topics names = catalogue(config);
        try (Admin admin = Admin.create(KafkaClientProperties.admin(config))) {
            TopicProvisioner.ensure(admin, names, config, ADMIN_TIMEOUT);
            then.run(admin, names);
            RecordLimits limits = RecordLimits.lookup(admin, names.allNames(), ADMIN_TIMEOUT);
            return new Provisioned(names, names.bounded(limits), limits);
        }
    }

    /**
     * The topics as they exist: {@code names} is the plain catalogue, {@code topics} the one whose serializers refuse
     * a value too large for its topic (what the Streams apps write with), {@code limits} those sizes.
     */
    public record Provisioned(Topics names, Topics topics, RecordLimits limits) {
    }
}
