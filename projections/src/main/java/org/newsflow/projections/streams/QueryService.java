package org.newsflow.projections.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Interactive queries over this instance's stores and the group's metadata: which instance owns a key, which
 * instances hold a store, and reads of local stores that turn "not queryable now" into a result instead of an
 * exception.
 */
public final class QueryService {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KafkaStreams streams;
    private final HostInfo self;
    private final LocalViews views;
    private final StoreAccess access;

    /** {@code articleTopic}: the enriched topic, the input of the article-keyed stores. */
    public QueryService(KafkaStreams streams, HostInfo self, String articleTopic) {
        this.streams = streams;
        this.self = self;
        this.access = StoreAccess.of(streams, articleTopic);
        this.views = new LocalViews(access);
    }

    public HostInfo self() {
        return self;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * The value of {@code key} in {@code view}: read here when this instance owns the key, else where it lives.
     * With {@code localOnly} (a request forwarded by a peer) a key owned elsewhere is unavailable rather than
     * forwarded again, so requests never loop.
     */
    public <T> Lookup<T> byKey(View view, String key, boolean localOnly, Function<LocalViews, Optional<T>> read,
                               String notFound) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            return new Lookup.Unavailable<>("stores are not queryable while the instance is " + state);
        }
        KeyQueryMetadata metadata;
        try {
            metadata = streams.queryMetadataForKey(view.store(), key, KEYS);
        } catch (IllegalStateException e) {
            return new Lookup.Unavailable<>("no metadata yet: " + e.getMessage());
        }
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)
                || metadata.activeHost() == null || metadata.activeHost().port() < 0) {
            return new Lookup.Unavailable<>("the owner of this key is not known yet (rebalancing)");
        }
        if (!metadata.activeHost().equals(self)) {
            return localOnly ? new Lookup.Unavailable<>("this key has moved to " + metadata.activeHost())
                    : new Lookup.Elsewhere<>(metadata.activeHost());
        }
        // The key's own partition must be queryable here: while it is restored after a failover, the other local
        // partitions answer and the key would wrongly look absent.
        if (!partitionQueryable(view.store(), metadata.partition())) {
            return new Lookup.Unavailable<>("partition " + metadata.partition() + " of " + view.store()
                    + " is being restored here (failover)");
        }
        Lookup<Optional<T>> local = local(() -> read.apply(views));
        if (local instanceof Lookup.Found<Optional<T>> found) {
            if (found.value().isPresent()) {
                return new Lookup.Found<>(found.value().get());
            }
            // Absent only counts if the partition was still here and queryable while it was read.
            return partitionQueryable(view.store(), metadata.partition()) && self.equals(ownerOf(view.store(), key))
                    ? new Lookup.NotFound<>(notFound)
                    : new Lookup.Unavailable<>("the owner of this key changed while it was read (rebalancing)");
        }
        return local.map(o -> null);
    }

    private boolean partitionQueryable(String store, int partition) {
        try {
            // The store handle is resolved lazily: only a read tells whether the partition is queryable here.
            streams.store(StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore())
                    .withPartition(partition)).approximateNumEntries();
            return true;
        } catch (InvalidStateStoreException e) {
            return false;
        }
    }

    private HostInfo ownerOf(String store, String key) {
        try {
            KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, KEYS);
            return metadata == null ? null : metadata.activeHost();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** A read of the local partitions of a list view; only while running, so that the partitions are settled. */
    public <T> Lookup<T> localPartial(Function<LocalViews, T> read) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return new Lookup.Unavailable<>("lists are not served while the instance is " + state);
        }
        return local(() -> read.apply(views));
    }

    private boolean activeHere(String store) {
        return streams.streamsMetadataForStore(store).stream()
                .anyMatch(m -> m.hostInfo().equals(self) && m.stateStoreNames().contains(store));
    }

    private <T> Lookup<T> local(Supplier<T> read) {
        try {
            return new Lookup.Found<>(read.get());
        } catch (InvalidStateStoreException e) {
            return new Lookup.Unavailable<>("store not queryable here now: " + e.getMessage());
        }
    }

    /**
     * Every instance with active tasks of {@code view}: together they hold each partition once. An instance with
     * only standby or warm-up copies is not asked. Unavailable while none is known.
     */
    public Lookup<List<HostInfo>> instances(View view) {
        String store = view.store();
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return new Lookup.Unavailable<>("lists are not served while the instance is " + state);
        }
        Collection<StreamsMetadata> all;
        try {
            all = streams.streamsMetadataForStore(store);
        } catch (IllegalStateException e) {
            return new Lookup.Unavailable<>("no metadata yet: " + e.getMessage());
        }
        List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata m : all) {
            if (m.hostInfo().port() >= 0 && m.stateStoreNames().contains(store) && !hosts.contains(m.hostInfo())) {
                hosts.add(m.hostInfo());
            }
        }
        if (hosts.isEmpty()) {
            return new Lookup.Unavailable<>("no instance holds " + store + " yet (rebalancing)");
        }
        return new Lookup.Found<>(hosts);
    }

    /**
     * Null when ready: running, and every store this instance holds active tasks of queryable here. An instance
     * without active tasks (more instances than partitions, or warming up) is ready too: it forwards every query.
     */
    public String notReadyReason() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return "Kafka Streams is " + state;
        }
        List<String> stores = new ArrayList<>(StoreNames.ARTICLE_STORES);
        stores.addAll(StoreNames.ACTOR_KEY_VALUE_STORES);
        try {
            for (String store : stores) {
                if (activeHere(store)) {
                    access.keyValue(store);
                }
            }
            for (String store : StoreNames.WINDOW_STORES) {
                if (activeHere(store)) {
                    access.window(store);
                }
            }
        } catch (InvalidStateStoreException e) {
            return "stores not queryable yet: " + e.getMessage();
        } catch (IllegalStateException e) {
            return "no metadata yet: " + e.getMessage();
        }
        return null;
    }
}
