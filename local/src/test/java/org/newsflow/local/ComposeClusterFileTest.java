package org.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.local.kafka.EmbeddedKafkaCluster;
import org.newsflow.schemas.Topics;

/**
 * The three-broker compose variant ({@code docker-compose.cluster.yml}, laid over {@code docker-compose.yml}) has the
 * replication {@code newsflow local --brokers 3} uses, and every app reaches all three brokers.
 */
class ComposeClusterFileTest {

    private static final List<String> BROKERS = List.of("kafka", "kafka-2", "kafka-3");
    private static final List<String> APPS = List.of("ingest", "enrich", "projections", "projections-2");
    private static final String REPLICAS = Integer.toString(EmbeddedKafkaCluster.replicationFactor(3));
    private static final String MIN_INSYNC = Integer.toString(EmbeddedKafkaCluster.minInsyncReplicas(3));

    private static ComposeServices compose;

    @BeforeAll
    static void load() throws IOException {
        compose = ComposeServices.load("docker-compose.cluster.yml");
    }

    @Test
    void threeBrokersFormOneQuorumAndReplicateEveryInternalTopic() {
        Set<String> nodeIds = new HashSet<>();
        for (String broker : BROKERS) {
            Map<String, Object> env = compose.environment(broker);
            nodeIds.add(String.valueOf(env.get("KAFKA_NODE_ID")));
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as(broker)
                    .isEqualTo("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(env.get("CLUSTER_ID")).as(broker)
                    .isEqualTo(compose.environment("kafka").get("CLUSTER_ID"));
            for (String key : List.of("KAFKA_DEFAULT_REPLICATION_FACTOR", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                    "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                    "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR")) {
                assertThat(String.valueOf(env.get(key))).as(broker + " " + key).isEqualTo(REPLICAS);
            }
            for (String key : List.of("KAFKA_MIN_INSYNC_REPLICAS", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
                    "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR")) {
                assertThat(String.valueOf(env.get(key))).as(broker + " " + key).isEqualTo(MIN_INSYNC);
            }
        }
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void everyAppReachesAllBrokersAndCreatesReplicatedTopics() {
        Set<String> known = ComposeServices.knownSettings();
        for (String app : APPS) {
            Map<String, Object> env = compose.environment(app);
            env.keySet().forEach(variable -> assertThat(known).as(app + ": " + variable)
                    .contains(NewsflowConfig.envToKey(variable)));
            assertThat(env.get("NEWSFLOW_BOOTSTRAP_SERVERS")).as(app)
                    .isEqualTo("kafka:19092,kafka-2:19092,kafka-3:19092");
            assertThat(env.get("NEWSFLOW_TOPIC_REPLICATION_FACTOR")).as(app).isEqualTo(REPLICAS);
            assertThat(env.get("NEWSFLOW_TOPIC_MIN_INSYNC_REPLICAS")).as(app).isEqualTo(MIN_INSYNC);
        }
        assertThat(compose.environment("projections-2").get("NEWSFLOW_PROJECTIONS_ADVERTISED_HOST"))
                .isEqualTo("projections-2");
    }

    @Test
    void theTopicsCreatedUpFrontAreTheCatalogueWithThreeReplicas() {
        assertThat(compose.topicsCreated()).containsExactlyInAnyOrderElementsOf(Topics.BASE_NAMES);
        assertThat(compose.topicsScript()).doesNotContain("--replication-factor 1")
                .contains("--replication-factor " + REPLICAS + " --config min.insync.replicas=" + MIN_INSYNC);
    }
}
