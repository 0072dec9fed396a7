package org.newsflow.enrich.streams;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ActorType;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;

/** What a restarted app's knowledge base looks like, given the global store its previous run left behind. */
class KnowledgeBaseUpdaterTest {

    private final String url = "mock://kb-updater-" + UUID.randomUUID();
    private Topics topics;
    private Serde<ActorReference> serde;
    private MockProcessorContext<Void, Void> context;
    private KeyValueStore<String, byte[]> store;

    @BeforeEach
    void setUp() {
        topics = PipelineTopics.catalogue(NewsflowConfig.defaults().with(ConfigKeys.SCHEMA_REGISTRY_URL, url));
        serde = topics.actorsReference().valueSerde();
        context = new MockProcessorContext<>();
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(EnrichTopology.REFERENCE_STORE),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
    }

    @AfterEach
    void tearDown() {
        SchemaRegistryClients.dropMockScope(url);
    }

    @Test
    void additionsChangesAndDeletionsSurviveARestartOverTheBundledData() {
        KnowledgeBase firstRun = KnowledgeBase.bundled();
        KnowledgeBaseUpdater updater = updater(firstRun);
        updater.init(context);
        updater.process(new Record<>("zorblax_quint", bytes(ref("zorblax_quint", "Zorblax Quint")), 0L));
        updater.process(new Record<>("nato", bytes(ActorReference.newBuilder(
                ActorReferences.toReference(firstRun.get("nato").orElseThrow())).setAliases(List.of("the Alliance"))
                .build()), 0L));
        updater.process(new Record<>("russia", (byte[]) null, 0L));
        assertThat(firstRun.get("russia")).isEmpty();

        KnowledgeBase restarted = KnowledgeBase.bundled();
        int bundled = restarted.size();
        updater(restarted).init(context);

        assertThat(restarted.get("zorblax_quint")).get().extracting(e -> e.name()).isEqualTo("Zorblax Quint");
        assertThat(restarted.get("nato")).get().satisfies(e -> assertThat(e.aliases()).contains("the Alliance"));
        assertThat(restarted.get("russia")).isEmpty();
        assertThat(restarted.get("ukraine")).isPresent();
        assertThat(restarted.size()).isEqualTo(bundled);
    }

    @Test
    void anUndecodableReferenceIsSkipped() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        int before = kb.size();
        KnowledgeBaseUpdater updater = updater(kb);
        updater.init(context);
        updater.process(new Record<>("junk", new byte[] {0, 0, 0, 0, 99, 1}, 0L));
        assertThat(kb.size()).isEqualTo(before);
        assertThat(store.get("junk")).isNull();
    }

    private KnowledgeBaseUpdater updater(KnowledgeBase kb) {
        return new KnowledgeBaseUpdater(kb, topics.actorsReference().name(), serde.deserializer());
    }

    private byte[] bytes(ActorReference ref) {
        return serde.serializer().serialize(topics.actorsReference().name(), ref);
    }

    private static ActorReference ref(String id, String name) {
        return ActorReference.newBuilder().setActorId(id).setName(name).setType(ActorType.PERSON).build();
    }
}
