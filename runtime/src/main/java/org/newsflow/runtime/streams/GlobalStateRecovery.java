package org.newsflow.runtime.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops an app's global stores after a crash. Kafka Streams wipes and restores its task stores by itself when a
 * killed process left them open, but under exactly-once a global store left open fails its global thread at the
 * next start ("didn't find a valid state"), which stops the whole app. A global store is only a copy of its topic,
 * so after an unclean stop it is deleted and rebuilt from the topic. A marker file in the app's state directory
 * tells a clean stop from a crash: written at start, removed by a clean close.
 */
final class GlobalStateRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalStateRecovery.class);
    private static final String MARKER = ".newsflow-running";

    private final Path appStateDir;

    private GlobalStateRecovery(Path appStateDir) {
        this.appStateDir = appStateDir;
    }

    /** For the app these Streams settings describe; {@code null} when they name no state directory. */
    static GlobalStateRecovery of(Properties props) {
        Object stateDir = props.get(StreamsConfig.STATE_DIR_CONFIG);
        Object applicationId = props.get(StreamsConfig.APPLICATION_ID_CONFIG);
        if (stateDir == null || applicationId == null) {
            return null;
        }
        return new GlobalStateRecovery(Path.of(stateDir.toString(), applicationId.toString()));
    }

    /** Before the app starts: drops the global stores if the last run did not stop cleanly, then marks this run. */
    void starting() {
        try {
            Path marker = appStateDir.resolve(MARKER);
            Path global = appStateDir.resolve("global");
            if (Files.exists(marker) && Files.exists(global)) {
                LOG.warn("{} did not stop cleanly last time: its global stores are rebuilt from their topics",
                        appStateDir.getFileName());
                Utils.delete(global.toFile());
            }
            Files.createDirectories(appStateDir);
            Files.writeString(marker, "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the state directory " + appStateDir, e);
        }
    }

    /** After a clean close. */
    void stoppedCleanly() {
        try {
            Files.deleteIfExists(appStateDir.resolve(MARKER));
        } catch (IOException e) {
            LOG.warn("Cannot remove the run marker in {}: {}", appStateDir, e.toString());
        }
    }
}
