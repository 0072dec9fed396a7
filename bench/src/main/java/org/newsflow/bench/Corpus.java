package org.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsflow.events.ParagraphIngested;

/**
 * Real news text for the benchmarks: the seed articles' paragraphs, plus — where the evaluation folder is present —
 * the sentences of the evaluation sets (read in place, never copied).
 */
final class Corpus {

    private Corpus() {
    }

    static List<String> paragraphs() {
        List<String> out = new ArrayList<>(seedParagraphs());
        Path eval = Path.of(System.getProperty("newsflow.eval.dir", "../shared/eval"));
        try {
            Path nyt = eval.resolve("sentiment-vader-nyt-editorial-subset.tsv");
            if (Files.exists(nyt)) {
                for (String line : Files.readAllLines(nyt, StandardCharsets.UTF_8)) {
                    String[] cols = line.split("\t");
                    if (cols.length >= 3 && !cols[2].isBlank()) {
                        out.add(cols[2]);
                    }
                }
            }
            Path ner = eval.resolve("ner-uner-en_pud-wiki.iob2");
            if (Files.exists(ner)) {
                for (String line : Files.readAllLines(ner, StandardCharsets.UTF_8)) {
                    if (line.startsWith("# text = ")) {
                        out.add(line.substring("# text = ".length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> seedParagraphs() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> out = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(line.trim());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Run the benchmarks from the repository root (seeds/ is read)", e);
        }
    }

    /** {@code n} paragraph events cycling over the seed paragraphs, ten to an article. */
    static List<ParagraphIngested> paragraphEvents(int n) {
        List<String> texts = seedParagraphs();
        List<ParagraphIngested> out = new ArrayList<>(n);
        Instant now = Instant.parse("2025-04-04T10:00:00Z");
        for (int i = 0; i < n; i++) {
            String articleId = "article-" + (i / 10);
            out.add(ParagraphIngested.newBuilder().setEventId(articleId + ":r1:" + (i % 10 + 1))
                    .setArticleId(articleId).setRevision("r1").setIndex(i % 10 + 1).setCount(10)
                    .setText(texts.get(i % texts.size())).setTitle("Bench").setSource("bench").setUrl(null)
                    .setLanguage("en").setPublishedAt(now).setIngestedAt(now).build());
        }
        return out;
    }
}
