package org.newsflow.runtime.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Layered configuration: defaults, then a properties file, then the environment ({@code NEWSFLOW_*}), then flags.
 * Keys are Kafka-style dotted names. Newsflow's own settings are listed in {@link ConfigKeys}; every other key
 * (security.protocol, sasl.*, ssl.*, any Kafka client or Streams setting) is passed through to the Kafka clients.
 */
public final class NewsflowConfig {

    public static final String ENV_PREFIX = "NEWSFLOW_";

    private final Map<String, String> values;

    private NewsflowConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static NewsflowConfig defaults() {
        return new NewsflowConfig(ConfigKeys.defaults());
    }

    /** Layers a properties file (may be null), the environment and flags (may be empty) over the defaults. */
    public static NewsflowConfig load(Path file, Map<String, String> env, Map<String, String> flags) {
        Map<String, String> merged = new LinkedHashMap<>(ConfigKeys.defaults());
        if (file != null) {
            merged.putAll(readProperties(file));
        }
        merged.putAll(fromEnvironment(env));
        flags.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new NewsflowConfig(merged);
    }

    /** {@code NEWSFLOW_SCHEMA_REGISTRY_URL} becomes {@code schema.registry.url}. */
    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                out.put(envToKey(name), value);
            }
        });
        return out;
    }

    public static String envToKey(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static String keyToEnv(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }

    /** A copy with the given keys set (later wins). */
    public NewsflowConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides);
        return new NewsflowConfig(merged);
    }

    public NewsflowConfig with(String key, String value) {
        return with(Map.of(key, value));
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Missing configuration '" + key + "' (set it in the config file, as "
                    + keyToEnv(key) + " or as a flag)");
        }
        return value;
    }

    public String getOrNull(String key) {
        return values.get(key);
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be an integer, was '" + value + "'");
        }
    }

    public long getLong(String key) {
        String value = get(key);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration '" + key + "' must be an integer, was '" + value + "'");
        }
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).trim());
    }

    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Settings for Kafka clients, Kafka Streams and the Avro serdes: everything that is not one of Newsflow's own
     * keys, so security and tuning settings pass through untouched.
     */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!ConfigKeys.isNewsflowKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return "NewsflowConfig" + values;
    }
}
