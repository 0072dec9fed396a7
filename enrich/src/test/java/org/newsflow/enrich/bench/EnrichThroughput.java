package org.newsflow.enrich.bench;

import org.newsflow.enrich.engine.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Warmed-up single-thread throughput of the default engine over the seed articles (a measurement, not a test):
 * {@code java -cp ... org.newsflow.enrich.bench.EnrichThroughput [seconds-per-round] [files...]}.
 */
public final class EnrichThroughput {

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<Path> files = args.length > 1
                ? java.util.Arrays.stream(args).skip(1).map(Path::of).toList()
                : Files.list(Path.of("seeds")).sorted().toList();
        List<List<String>> articles = files.stream().map(EnrichThroughput::paragraphs).toList();
        DefaultEnricher engine = DefaultEnricher.create();
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            long paragraphs = 0;
            long chars = 0;
            while (System.nanoTime() - start < seconds * 1e9) {
                for (List<String> article : articles) {
                    ArticleContext context = new ArticleContext();
                    for (String p : article) {
                        engine.enrich(p, context);
                        paragraphs++;
                        chars += p.length();
                    }
                }
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.0f paragraphs/s (%.0f chars/paragraph)%n", round,
                    paragraphs / elapsed, (double) chars / paragraphs);
        }
    }

    private static List<String> paragraphs(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
