package org.newsflow.projections.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * Read access to this instance's stores, all local partitions together: from a running {@link KafkaStreams} in the
 * service, from a {@code TopologyTestDriver} in tests. Throws {@code InvalidStateStoreException} while a store is
 * not queryable (rebalancing, restoring).
 */
public interface StoreAccess {

    <V> ReadOnlyKeyValueStore<String, V> keyValue(String name);

    <V> ReadOnlyWindowStore<String, V> window(String name);

    static StoreAccess of(KafkaStreams streams) {
        return new StoreAccess() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValue(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name,
                        QueryableStoreTypes.<String, V>keyValueStore()));
            }

            @Override
            public <V> ReadOnlyWindowStore<String, V> window(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(name,
                        QueryableStoreTypes.<String, V>windowStore()));
            }
        };
    }
}
