package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
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

    /**
     * One store per local partition of an article-keyed store. A store over all local partitions iterates them one
     * after the other, so only a single partition's iterator is in key order.
     */
    <V> List<ReadOnlyKeyValueStore<String, V>> articlePartitions(String name);

    /**
     * Stores of a running app; {@code articleTopic} is the input topic of the article-keyed sub-topology, whose
     * partitions are those of the article-keyed stores (other sub-topologies have partitions of their own).
     */
    static StoreAccess of(KafkaStreams streams, String articleTopic) {
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

            @Override
            public <V> List<ReadOnlyKeyValueStore<String, V>> articlePartitions(String name) {
                Set<Integer> partitions = new TreeSet<>();
                for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
                    for (TaskMetadata task : thread.activeTasks()) {
                        task.topicPartitions().stream().filter(tp -> tp.topic().equals(articleTopic))
                                .forEach(tp -> partitions.add(tp.partition()));
                    }
                }
                List<ReadOnlyKeyValueStore<String, V>> out = new ArrayList<>();
                for (int partition : partitions) {
                    out.add(streams.store(StoreQueryParameters.fromNameAndType(name,
                            QueryableStoreTypes.<String, V>keyValueStore()).withPartition(partition)));
                }
                return out;
            }
        };
    }
}
