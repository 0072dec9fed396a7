package org.newsflow.runtime.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Command-line options every service command shares; mix in with {@code @Mixin ConfigOptions config} and call
 * {@link #load()} for the layered configuration (defaults, file, environment, flags).
 */
public class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with Newsflow and Kafka settings.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Schema Registry URL.")
    String schemaRegistryUrl;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. -D security.protocol=SASL_SSL or -D topic.prefix=staging.")
    Map<String, String> settings = new LinkedHashMap<>();

    public NewsflowConfig load() {
        return load(System.getenv());
    }

    public NewsflowConfig load(Map<String, String> env) {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put(ConfigKeys.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put(ConfigKeys.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        }
        return NewsflowConfig.load(configFile, env, flags);
    }
}
