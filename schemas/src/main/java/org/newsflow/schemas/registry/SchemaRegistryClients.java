package org.newsflow.schemas.registry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the client for a {@code schema.registry.url}: HTTP for http(s) URLs, in memory for {@code mock://scope}.
 * Mock scopes are shared within the JVM so that every serde of a topology test sees the same registry.
 */
public final class SchemaRegistryClients {

    public static final String URL_CONFIG = "schema.registry.url";
    public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
    public static final String RETRY_MS_CONFIG = "schema.registry.retry.ms";
    /** Confluent's setting for basic authentication, {@code user:password}; also read with the registry prefix. */
    public static final String USER_INFO_CONFIG = "basic.auth.user.info";

    private static final Map<String, SchemaRegistryClient> MOCK_SCOPES = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {
    }

    public static SchemaRegistryClient fromConfig(Map<String, ?> configs) {
        Object url = configs.get(URL_CONFIG);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing '" + URL_CONFIG + "': where is the Schema Registry?");
        }
        Duration timeout = Duration.ofMillis(longValue(configs.get(REQUEST_TIMEOUT_MS_CONFIG), 10_000));
        Duration retry = Duration.ofMillis(longValue(configs.get(RETRY_MS_CONFIG), 30_000));
        Object userInfo = configs.get(USER_INFO_CONFIG);
        if (userInfo == null) {
            userInfo = configs.get("schema.registry." + USER_INFO_CONFIG);
        }
        return forUrl(url.toString(), timeout, retry, userInfo == null ? null : userInfo.toString());
    }

    public static SchemaRegistryClient forUrl(String url, Duration requestTimeout, Duration retryFor) {
        return forUrl(url, requestTimeout, retryFor, null);
    }

    public static SchemaRegistryClient forUrl(String url, Duration requestTimeout, Duration retryFor,
                                              String userInfo) {
        if (url.startsWith("mock://")) {
            return MOCK_SCOPES.computeIfAbsent(url, u -> new InMemorySchemaRegistryClient(u.substring(7)));
        }
        return new CachingSchemaRegistryClient(new RestSchemaRegistryClient(url, requestTimeout, retryFor,
                userInfo));
    }

    /** Forgets a mock scope, so the next test starts with an empty registry. */
    public static void dropMockScope(String url) {
        MOCK_SCOPES.remove(url);
    }

    private static long longValue(Object value, long fallback) {
        return value == null ? fallback : Long.parseLong(value.toString().trim());
    }
}
