package org.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;

/** The compose file, the README and the code describe the same deployment: settings, ports and topics. */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("ingest", "enrich", "projections");

    private static ComposeServices compose;
    private static String readme;

    @BeforeAll
    static void load() throws IOException {
        Path repo = Path.of(System.getProperty("newsflow.repo.dir", ".."));
        compose = ComposeServices.load("docker-compose.yml");
        readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyServiceRunsANewsflowSubcommandFromTheRepositoryImage() {
        for (String name : SERVICES) {
            Map<String, Object> service = compose.service(name);
            assertThat(service.get("command")).as(name).isEqualTo(List.of(name));
            assertThat(service.get("image")).as(name).isEqualTo("newsflow:local");
        }
    }

    @Test
    void everyEnvironmentVariableIsASettingTheAppsRead() {
        Set<String> known = ComposeServices.knownSettings();
        for (String name : SERVICES) {
            for (String variable : compose.environment(name).keySet()) {
                assertThat(variable).as(name + " environment").startsWith(NewsflowConfig.ENV_PREFIX);
                assertThat(known).as(name + ": " + variable + " is not a setting Newsflow or Kafka reads")
                        .contains(NewsflowConfig.envToKey(variable));
            }
            assertThat(compose.environment(name))
                    .containsKeys("NEWSFLOW_BOOTSTRAP_SERVERS", "NEWSFLOW_SCHEMA_REGISTRY_URL");
        }
    }

    @Test
    void publishedPortsAreTheDefaultsTheCodeAndTheReadmeUse() {
        // Published on the host's loopback only, like newsflow local: nothing is open to the network by default.
        assertThat(compose.ports("kafka")).containsExactly("127.0.0.1:9092:9092");
        assertThat(compose.ports("schema-registry")).containsExactly("127.0.0.1:8081:8081");
        String ingestPort = defaultOf(ConfigKeys.INGEST_HTTP_PORT);
        String projectionsPort = defaultOf(ConfigKeys.PROJECTIONS_HTTP_PORT);
        assertThat(compose.ports("ingest")).containsExactly("127.0.0.1:" + ingestPort + ":" + ingestPort);
        assertThat(compose.ports("projections"))
                .containsExactly("127.0.0.1:" + projectionsPort + ":" + projectionsPort);
        assertThat(compose.environment("ingest")).containsEntry("NEWSFLOW_INGEST_HTTP_PORT", ingestPort);
        assertThat(compose.environment("projections"))
                .containsEntry("NEWSFLOW_PROJECTIONS_HTTP_PORT", projectionsPort);
        assertThat(defaultOf(ConfigKeys.BOOTSTRAP_SERVERS)).isEqualTo("localhost:9092");
        assertThat(defaultOf(ConfigKeys.SCHEMA_REGISTRY_URL)).isEqualTo("http://localhost:8081");
        for (String port : List.of("9092", "8081", ingestPort, projectionsPort)) {
            assertThat(readme).as("README mentions port " + port).contains(":" + port);
        }
    }

    @Test
    void theTopicsCreatedUpFrontAreTheTopicCatalogue() {
        assertThat(compose.topicsCreated()).containsExactlyInAnyOrderElementsOf(Topics.BASE_NAMES);
        assertThat(compose.topicsScript()).contains("news.actors.reference --partitions 3 --replication-factor 1 "
                + "--config cleanup.policy=compact");
    }

    @Test
    void theReadmeDocumentsEverySetting() {
        for (ConfigKeys.Key key : ConfigKeys.ALL) {
            assertThat(readme).as("README configuration reference").contains("`" + key.name() + "`")
                    .contains("`" + key.env() + "`");
        }
    }

    private static String defaultOf(String key) {
        return ConfigKeys.ALL.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow().defaultValue();
    }
}
