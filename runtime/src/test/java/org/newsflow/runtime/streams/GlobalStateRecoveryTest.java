package org.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalStateRecoveryTest {

    @TempDir
    Path state;

    private GlobalStateRecovery recovery() {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-enrich");
        return GlobalStateRecovery.of(props);
    }

    private Path globalStore() throws Exception {
        Path store = state.resolve("newsflow-enrich/global/rocksdb/enrich-actor-reference/CURRENT");
        Files.createDirectories(store.getParent());
        Files.writeString(store, "MANIFEST-000001");
        return store;
    }

    @Test
    void aCleanStopKeepsTheGlobalStores() throws Exception {
        recovery().starting();
        Path store = globalStore();
        recovery().stoppedCleanly();

        recovery().starting();

        assertThat(store).exists();
    }

    @Test
    void aCrashDropsTheGlobalStoresButNotTheTaskStores() throws Exception {
        recovery().starting();
        Path store = globalStore();
        Path task = Files.createDirectories(state.resolve("newsflow-enrich/0_1/rocksdb/enrich-article-context"));
        // killed: no clean stop

        recovery().starting();

        assertThat(store).doesNotExist();
        assertThat(state.resolve("newsflow-enrich/global")).doesNotExist();
        assertThat(task).exists();
    }
}
