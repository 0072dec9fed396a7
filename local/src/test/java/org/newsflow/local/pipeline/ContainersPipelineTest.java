package org.newsflow.local.pipeline;

import java.util.Map;
import org.newsflow.runtime.config.ConfigKeys;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same pipeline contract on Apache Kafka and Confluent Schema Registry in containers. Skipped (reported as
 * skipped) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersPipelineTest extends PipelineContract {

    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.0"))
            .withNetwork(NETWORK)
            .withListener("kafka:19092");

    @Container
    static final GenericContainer<?> REGISTRY =
            new GenericContainer<>(DockerImageName.parse("confluentinc/cp-schema-registry:7.9.0"))
                    .withNetwork(NETWORK)
                    .dependsOn(KAFKA)
                    .withExposedPorts(8081)
                    .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                    .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                    .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                    .withEnv("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward_transitive")
                    .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

    @Override
    protected Map<String, String> backend() {
        return Map.of(ConfigKeys.BOOTSTRAP_SERVERS, KAFKA.getBootstrapServers(),
                ConfigKeys.SCHEMA_REGISTRY_URL,
                "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081));
    }
}
