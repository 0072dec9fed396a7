package org.newsflow.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-system chores the services and tools share. */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes {@code dir} and everything under it; true if it existed. Throws {@link UncheckedIOException} naming
     * the directory when something cannot be deleted.
     */
    public static boolean deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
