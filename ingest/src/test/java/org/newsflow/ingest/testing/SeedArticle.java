package org.newsflow.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample article shipped in {@code seeds/}: ten paragraphs, one per line. */
public final class SeedArticle {

    public static final String FILE = "000_82713d2b37d66114.txt";
    public static final int PARAGRAPHS = 10;

    private SeedArticle() {
    }

    public static Path path() {
        String repo = System.getProperty("newsflow.repo.dir");
        Path base = repo != null ? Path.of(repo) : Path.of("..");
        return base.resolve("seeds").resolve(FILE);
    }

    public static byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text() {
        try {
            return Files.readString(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
