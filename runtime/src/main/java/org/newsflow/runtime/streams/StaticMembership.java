package org.newsflow.runtime.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A stable {@code group.instance.id} per app instance, kept beside its state. An instance restarted after a crash
 * (kill -9, power loss) comes back under the same id and takes its partitions back at once: with a new id its
 * group would wait for the dead member's session to time out first. The state directory is what makes an
 * instance the same one: Kafka Streams already keeps its process id, and so its transactional ids, there.
 */
public final class StaticMembership {

    private StaticMembership() {
    }

    /** The id stored for {@code applicationId} under {@code stateDir}, created on first use. */
    public static String instanceId(Path stateDir, String applicationId) {
        Path file = stateDir.resolve(applicationId + ".instance-id");
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            String id = applicationId + "-" + UUID.randomUUID().toString().substring(0, 8);
            Files.createDirectories(stateDir);
            Path temp = Files.createTempFile(stateDir, applicationId, ".tmp");
            Files.writeString(temp, id, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the instance id of " + applicationId + " in " + stateDir, e);
        }
    }
}
