package org.newsflow.runtime.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The one place that builds the settings of every Kafka client Newsflow creates: producers, consumers, admin
 * clients, Kafka Streams, the embedded registry's store, the command-line tools and the benchmarks. Each starts
 * from the configuration's pass-through settings, so {@code security.protocol}, {@code sasl.*} and {@code ssl.*}
 * reach every client; a client that knows only where the cluster is gets at least {@link #connection}.
 */
public final class KafkaClientProperties {

    private static final Set<String> CONNECTION_KEYS = Set.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            CommonClientConfigs.CLIENT_DNS_LOOKUP_CONFIG,
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
            "security.providers");
    private static final List<String> CONNECTION_PREFIXES = List.of("sasl.", "ssl.");

    private KafkaClientProperties() {
    }

    /** Where the cluster is and how to authenticate to it: bootstrap servers, security protocol, SASL, TLS. */
    public static Map<String, Object> connection(Map<String, ?> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (value != null && (CONNECTION_KEYS.contains(key)
                    || CONNECTION_PREFIXES.stream().anyMatch(key::startsWith))) {
                out.put(key, value);
            }
        });
        return out;
    }

    public static Map<String, Object> connection(NewsflowConfig config) {
        return connection(config.kafkaProperties());
    }

    /** Admin client settings: only what an admin client understands, so no "unknown config" warnings. */
    public static Map<String, Object> admin(NewsflowConfig config) {
        return only(config.kafkaProperties(), AdminClientConfig.configNames());
    }

    /** Producer settings (serializers are passed as objects by the caller). */
    public static Map<String, Object> producer(NewsflowConfig config) {
        Map<String, Object> out = only(config.kafkaProperties(), ProducerConfig.configNames());
        // Acknowledged means stored on every in-sync replica: a lost broker loses no acknowledged record.
        out.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        return out;
    }

    /** Consumer settings (deserializers are passed as objects by the caller). */
    public static Map<String, Object> consumer(NewsflowConfig config) {
        return only(config.kafkaProperties(), ConsumerConfig.configNames());
    }

    /**
     * Kafka Streams settings: every pass-through key, because Streams hands prefixed and unprefixed client
     * settings to its own producers, consumers and admin client, and the serdes read the registry settings.
     */
    public static Properties streams(NewsflowConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafkaProperties());
        return props;
    }

    private static Map<String, Object> only(Map<String, Object> settings, Set<String> known) {
        Map<String, Object> out = connection(settings);
        settings.forEach((key, value) -> {
            if (known.contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }
}
