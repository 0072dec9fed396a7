package org.newsflow.local.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsflow.runtime.config.ConfigKeys;

/** {@code --host}: one interface for every server {@code newsflow local} opens, unless a setting names its own. */
final class LocalHosts {

    static final List<String> HOST_KEYS = List.of(ConfigKeys.LOCAL_KAFKA_HOST, ConfigKeys.LOCAL_REGISTRY_HOST,
            ConfigKeys.INGEST_HTTP_HOST, ConfigKeys.PROJECTIONS_HTTP_HOST);

    private LocalHosts() {
    }

    static Map<String, String> withHost(Map<String, String> settings, String host) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        if (host != null && !host.isBlank()) {
            HOST_KEYS.forEach(key -> out.putIfAbsent(key, host.strip()));
        }
        return out;
    }
}
