package org.newsflow.local.kafka;

import java.util.Map;

/**
 * What the registry and the apps need to use a Kafka cluster: the client settings that reach it (bootstrap
 * servers, security) and how the topics they create are replicated there.
 */
public record KafkaConnection(Map<String, Object> clientProperties, int replicationFactor, int minInsyncReplicas) {

    public KafkaConnection {
        clientProperties = Map.copyOf(clientProperties);
    }
}
