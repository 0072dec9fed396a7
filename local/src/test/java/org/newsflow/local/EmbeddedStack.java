package org.newsflow.local;

import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.registry.EmbeddedSchemaRegistry;

/** A running embedded broker and schema registry, on free ports and a temporary data directory. */
public final class EmbeddedStack implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry registry;

    private EmbeddedStack(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    public static EmbeddedStack start() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        try {
            EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder()
                    .kafkaProperties(broker.clientProperties()).build().start();
            return new EmbeddedStack(broker, registry);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String schemaRegistryUrl() {
        return registry.url();
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public EmbeddedSchemaRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        registry.close();
        broker.close();
    }
}
