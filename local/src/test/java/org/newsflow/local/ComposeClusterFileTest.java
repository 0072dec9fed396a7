package org.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.local.kafka.EmbeddedKafkaCluster;
import org.newsflow.schemas.Topics;
import org.yaml.snakeyaml.Yaml;

/**
 * The three-broker compose variant ({@code docker-compose.cluster.yml}, laid over {@code docker-compose.yml}) has the
 * replication {@code newsflow local --brokers 3} uses, and every app reaches all three brokers.
 */
class ComposeClusterFileTest {

    private static final List<String> BROKERS = List.of("kafka", "kafka-2", "kafka-3");
    private static final List<String> APPS = List.of("ingest", "enrich", "projections", "projections-2");
    private static final String REPLICAS = Integer.toString(EmbeddedKafkaCluster.replicationFactor(3));
    private static final String MIN_INSYNC = Integer.toString(EmbeddedKafkaCluster.minInsyncReplicas(3));

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Path repo = Path.of(System.getProperty("newsflow.repo.dir", ".."));
        try (Reader reader = Files.newBufferedReader(repo.resolve("docker-compose.cluster.yml"),
                StandardCharsets.UTF_8)) {
            services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(reader).get("services");
        }
    }

    @Test
    void threeBrokersFormOneQuorumAndReplicateEveryInternalTopic() {
        Set<String> nodeIds = new HashSet<>();
        for (String broker : BROKERS) {
            Map<String, Object> env = environment(broker);
            nodeIds.add(String.valueOf(env.get("KAFKA_NODE_ID")));
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as(broker)
                    .isEqualTo("1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093");
            assertThat(env.get("CLUSTER_ID")).as(broker).isEqualTo(environment("kafka").get("CLUSTER_ID"));
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
        Set<String> known = new HashSet<>();
        ConfigKeys.ALL.forEach(k -> known.add(k.name()));
        known.addAll(StreamsConfig.configDef().names());
        for (String app : APPS) {
            Map<String, Object> env = environment(app);
            env.keySet().forEach(variable -> assertThat(known).as(app + ": " + variable)
                    .contains(NewsflowConfig.envToKey(variable)));
            assertThat(env.get("NEWSFLOW_BOOTSTRAP_SERVERS")).as(app)
                    .isEqualTo("kafka:19092,kafka-2:19092,kafka-3:19092");
            assertThat(env.get("NEWSFLOW_TOPIC_REPLICATION_FACTOR")).as(app).isEqualTo(REPLICAS);
            assertThat(env.get("NEWSFLOW_TOPIC_MIN_INSYNC_REPLICAS")).as(app).isEqualTo(MIN_INSYNC);
        }
        assertThat(environment("projections-2").get("NEWSFLOW_PROJECTIONS_ADVERTISED_HOST")).isEqualTo("projections-2");
    }

    @Test
    void theTopicsCreatedUpFrontAreTheCatalogueWithThreeReplicas() {
        String script = String.valueOf(service("topics").get("command"));
        Set<String> created = new HashSet<>();
        Matcher words = Pattern.compile("news\\.[a-z.]+[a-z]").matcher(script);
        while (words.find()) {
            created.add(words.group());
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(Topics.BASE_NAMES);
        assertThat(script).doesNotContain("--replication-factor 1")
                .contains("--replication-factor " + REPLICAS + " --config min.insync.replicas=" + MIN_INSYNC);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Object service = services.get(name);
        assertThat(service).as("service " + name).isNotNull();
        return (Map<String, Object>) service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }
}
