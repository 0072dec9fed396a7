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
import org.newsflow.runtime.config.ConfigKeys;
import org.yaml.snakeyaml.Yaml;

/** The services of a compose file of the repository, read as YAML, and what the compose tests ask of them. */
final class ComposeServices {

    private static final Pattern TOPIC = Pattern.compile("news\\.[a-z.]+[a-z]");

    private final Map<String, Object> services;

    private ComposeServices(Map<String, Object> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeServices load(String file) throws IOException {
        Path repo = Path.of(System.getProperty("newsflow.repo.dir", ".."));
        try (Reader reader = Files.newBufferedReader(repo.resolve(file), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml().load(reader);
            return new ComposeServices((Map<String, Object>) compose.get("services"));
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        Object service = services.get(name);
        assertThat(service).as("service " + name).isNotNull();
        return (Map<String, Object>) service;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    @SuppressWarnings("unchecked")
    List<String> ports(String name) {
        return (List<String>) service(name).get("ports");
    }

    /** Every setting name Newsflow or a Kafka client, producer, consumer, admin or Streams app reads. */
    static Set<String> knownSettings() {
        Set<String> known = new HashSet<>();
        ConfigKeys.ALL.forEach(k -> known.add(k.name()));
        known.addAll(StreamsConfig.configDef().names());
        known.addAll(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        return known;
    }

    /** The command of the service that creates the topics up front. */
    String topicsScript() {
        return String.valueOf(service("topics").get("command"));
    }

    /** The topic names the topics service creates. */
    Set<String> topicsCreated() {
        Set<String> created = new HashSet<>();
        Matcher words = TOPIC.matcher(topicsScript());
        while (words.find()) {
            created.add(words.group());
        }
        return created;
    }
}
