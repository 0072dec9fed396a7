package org.newsflow.enrich.cli;

import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.Enricher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code annotate FILE...|-}: the enrichment engine alone, no Kafka; one JSON line per paragraph. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Run the enrichment engine on article files, without Kafka.",
                "Each file is one article; every non-empty line is a paragraph. Prints one JSON object per "
                        + "paragraph: file, index (from 1), text, actors, tone, sentiment, quotes."})
public final class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files; '-' reads standard input.")
    List<String> files;

    @Spec
    CommandSpec spec;

    private final Supplier<? extends Enricher> engine;

    public AnnotateCommand() {
        this(DefaultEnricher::create);
    }

    /** For a parent command that already holds an engine. */
    public AnnotateCommand(Supplier<? extends Enricher> engine) {
        this.engine = engine;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnnotateCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Enricher enricher = engine.get();
        PrintWriter out = spec.commandLine().getOut();
        for (String file : files) {
            List<String> lines = file.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                    : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            ArticleContext context = new ArticleContext();
            int index = 0;
            for (String line : lines) {
                String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (text.isBlank()) {
                    continue;
                }
                index++;
                out.println(AnnotationJson.line(file, index, text, enricher.enrich(text, context)));
            }
        }
        out.flush();
        return 0;
    }
}
