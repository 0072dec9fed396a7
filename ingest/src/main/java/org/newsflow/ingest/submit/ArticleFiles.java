package org.newsflow.ingest.submit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsflow.ingest.model.SubmissionFormat;

/**
 * Finds the articles named on the command line: a file is one article ({@code .txt} plain text, {@code .json} the
 * JSON form) or many ({@code .jsonl}: one JSON article per line); a directory is walked for such files; {@code -}
 * is standard input. Other files in a directory are skipped, and said so.
 */
public final class ArticleFiles {

    /** A file to read, or one that was passed over and why. */
    public record Entry(Path path, String format, String skipReason) {
        public boolean skipped() {
            return skipReason != null;
        }
    }

    static final String STDIN = "-";

    private ArticleFiles() {
    }

    /** Every input expanded to files, in a stable (sorted) order. {@code forced} overrides extensions. */
    public static List<Entry> expand(List<String> inputs, String forced) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                entries.add(new Entry(null, forced == null ? "auto" : forced, null));
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> entries.add(inDirectory(file, forced)));
                }
            } else {
                String format = forced != null ? forced : formatOf(path);
                entries.add(new Entry(path, format == null ? "auto" : format, null));
            }
        }
        return entries;
    }

    private static Entry inDirectory(Path file, String forced) {
        if (file.getFileName().toString().startsWith(".")) {
            return new Entry(file, null, "hidden file");
        }
        String format = formatOf(file);
        if (format == null) {
            return new Entry(file, null, "not a .txt, .json or .jsonl file");
        }
        return new Entry(file, forced != null ? forced : format, null);
    }

    private static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return "text";
        }
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "jsonl";
        }
        return null;
    }

    /** The articles in one entry: one, or one per non-blank line for JSON Lines. */
    public static List<ArticleSource> read(Entry entry, InputStream stdin) throws IOException {
        String label = entry.path() == null ? "<stdin>" : entry.path().toString();
        byte[] bytes = entry.path() == null ? stdin.readAllBytes() : Files.readAllBytes(entry.path());
        return switch (entry.format()) {
            case "jsonl" -> lines(label, bytes);
            case "json" -> List.of(new ArticleSource(label, bytes, SubmissionFormat.JSON));
            case "text" -> List.of(new ArticleSource(label, bytes, SubmissionFormat.TEXT));
            default -> List.of(new ArticleSource(label, bytes, SubmissionFormat.AUTO));
        };
    }

    /** Splits on LF bytes, so every line keeps its exact bytes for strict UTF-8 checking. */
    private static List<ArticleSource> lines(String label, byte[] bytes) {
        List<ArticleSource> out = new ArrayList<>();
        int start = 0;
        int lineNumber = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(bytes, start, end);
                if (!isBlank(line)) {
                    out.add(new ArticleSource(label + ":" + lineNumber, line, SubmissionFormat.JSON));
                }
                start = i + 1;
                lineNumber++;
            }
        }
        return out;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
