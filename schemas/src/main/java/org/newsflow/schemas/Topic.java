package org.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values: producers, topologies and tests all use the same pair. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    @Override
    public String toString() {
        return name;
    }
}
