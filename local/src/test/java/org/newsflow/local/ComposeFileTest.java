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
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;
import org.yaml.snakeyaml.Yaml;

/** The compose file, the README and the code describe the same deployment: settings, ports and topics. */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("ingest", "enrich", "projections");

    private static Map<String, Object> services;
    private static String readme;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Path repo = Path.of(System.getProperty("newsflow.repo.dir", ".."));
        try (Reader reader = Files.newBufferedReader(repo.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Object>) compose.get("services");
        }
        readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyServiceRunsANewsflowSubcommandFromTheRepositoryImage() {
        for (String name : SERVICES) {
            Map<String, Object> service = service(name);
            assertThat(service.get("command")).as(name).isEqualTo(List.of(name));
            assertThat(service.get("image")).as(name).isEqualTo("newsflow:local");
        }
    }

    @Test
    void everyEnvironmentVariableIsASettingTheAppsRead() {
        Set<String> known = new HashSet<>();
        ConfigKeys.ALL.forEach(k -> known.add(k.name()));
        known.addAll(StreamsConfig.configDef().names());
        known.addAll(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        for (String name : SERVICES) {
            for (String variable : environment(name).keySet()) {
                assertThat(variable).as(name + " environment").startsWith(NewsflowConfig.ENV_PREFIX);
                assertThat(known).as(name + ": " + variable + " is not a setting Newsflow or Kafka reads")
                        .contains(NewsflowConfig.envToKey(variable));
            }
            assertThat(environment(name)).containsKeys("NEWSFLOW_BOOTSTRAP_SERVERS", "NEWSFLOW_SCHEMA_REGISTRY_URL");
        }
    }

    @Test
    void publishedPortsAreTheDefaultsTheCodeAndTheReadmeUse() {
        // Published on the host's loopback only, like newsflow local: nothing is open to the network by default.
        assertThat(ports("kafka")).containsExactly("127.0.0.1:9092:9092");
        assertThat(ports("schema-registry")).containsExactly("127.0.0.1:8081:8081");
        String ingestPort = defaultOf(ConfigKeys.INGEST_HTTP_PORT);
        String projectionsPort = defaultOf(ConfigKeys.PROJECTIONS_HTTP_PORT);
        assertThat(ports("ingest")).containsExactly("127.0.0.1:" + ingestPort + ":" + ingestPort);
        assertThat(ports("projections")).containsExactly("127.0.0.1:" + projectionsPort + ":" + projectionsPort);
        assertThat(environment("ingest")).containsEntry("NEWSFLOW_INGEST_HTTP_PORT", ingestPort);
        assertThat(environment("projections")).containsEntry("NEWSFLOW_PROJECTIONS_HTTP_PORT", projectionsPort);
        assertThat(defaultOf(ConfigKeys.BOOTSTRAP_SERVERS)).isEqualTo("localhost:9092");
        assertThat(defaultOf(ConfigKeys.SCHEMA_REGISTRY_URL)).isEqualTo("http://localhost:8081");
        for (String port : List.of("9092", "8081", ingestPort, projectionsPort)) {
            assertThat(readme).as("README mentions port " + port).contains(":" + port);
        }
    }

    @Test
    void theTopicsCreatedUpFrontAreTheTopicCatalogue() {
        String script = String.valueOf(service("topics").get("command"));
        Set<String> created = new HashSet<>();
        Matcher words = Pattern.compile("news\\.[a-z.]+[a-z]").matcher(script);
        while (words.find()) {
            created.add(words.group());
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(Topics.BASE_NAMES);
        assertThat(script).contains("news.actors.reference --partitions 3 --replication-factor 1 "
                + "--config cleanup.policy=compact");
    }

    @Test
    void theReadmeDocumentsEverySetting() {
        for (ConfigKeys.Key key : ConfigKeys.ALL) {
            assertThat(readme).as("README configuration reference").contains("`" + key.name() + "`")
                    .contains("`" + key.env() + "`");
        }
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

    @SuppressWarnings("unchecked")
    private static List<String> ports(String name) {
        return (List<String>) service(name).get("ports");
    }

    private static String defaultOf(String key) {
        return ConfigKeys.ALL.stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow().defaultValue();
    }
}
