package org.newsflow.ingest.cli;

import org.newsflow.runtime.topics.PipelineTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.submit.ArticleFiles;
import org.newsflow.ingest.submit.ArticleSource;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.ingest.submit.Submission;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.dlq.DeadLetters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow submit FILE|DIR|-}: validates articles locally with the ingest rules and drops the valid ones
 * into the ingest topic with an idempotent producer. Prints a summary; exits 1 when any article failed.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Drop articles into the ingest topic.",
                "A .txt file is one plain-text article, a .json file one article in the JSON form "
                        + "{\"id\",\"url\",\"title\",\"source\",\"publishedAt\",\"language\",\"body\"}, a .jsonl "
                        + "file one JSON article per line; a directory is searched for such files; - reads one "
                        + "article from standard input.",
                "Invalid articles are reported, not sent; the exit code is 1 when any article failed."})
public class SubmitCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Article files, directories, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, jsonl or auto: overrides the file extensions (default for stdin: auto).")
    String format;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    private final Function<NewsflowConfig, Producer<String, byte[]>> producers;

    public SubmitCommand() {
        this(config -> ArticleSubmitter.idempotentProducer(config, "newsflow-submit"));
    }

    /** With another producer, e.g. a mock in tests. */
    SubmitCommand(Function<NewsflowConfig, Producer<String, byte[]>> producers) {
        this.producers = producers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String forced = format == null ? null : format.toLowerCase(Locale.ROOT);
        if (forced != null && !List.of("text", "json", "jsonl", "auto").contains(forced)) {
            err.println("Unknown --format " + format + ": use text, json, jsonl or auto");
            return 2;
        }
        NewsflowConfig cfg = config.load();
        ArticleParser parser = ArticleParser.of(cfg, cfg.getInt(ConfigKeys.INGEST_MAX_ARTICLE_BYTES));
        String topic = PipelineTopics.catalogue(cfg).submitted().name();

        List<ArticleFiles.Entry> entries = ArticleFiles.expand(inputs, forced);
        List<String> skipped = new ArrayList<>();
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger submitted = new AtomicInteger();
        int sent = 0;
        int done = 0;
        ProgressBar progress = ProgressBar.onTerminal(err, entries.size());
        try (ArticleSubmitter submitter = new ArticleSubmitter(producers.apply(cfg), topic, parser)) {
            for (ArticleFiles.Entry entry : entries) {
                if (entry.skipped()) {
                    skipped.add(entry.path() + ": " + entry.skipReason());
                } else {
                    sent += submitEntry(submitter, entry, submitted, failed);
                }
                progress.update(++done, sent, false);
            }
            submitter.flush();
        }
        progress.update(done, sent, true);
        progress.finish();

        out.printf("Submitted %d article%s to %s; skipped %d file%s; failed %d.%n", submitted.get(),
                submitted.get() == 1 ? "" : "s", topic, skipped.size(), skipped.size() == 1 ? "" : "s",
                failed.size());
        skipped.forEach(s -> out.println("  skipped " + s));
        failed.forEach(f -> out.println("  failed  " + f));
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** Sends the valid articles of one entry; returns how many were handed to the producer. */
    private int submitEntry(ArticleSubmitter submitter, ArticleFiles.Entry entry, AtomicInteger submitted,
                            List<String> failed) {
        List<ArticleSource> sources;
        try {
            sources = ArticleFiles.read(entry, stdin);
        } catch (IOException e) {
            failed.add((entry.path() == null ? "<stdin>" : entry.path()) + ": cannot read: " + e.getMessage());
            return 0;
        }
        int sent = 0;
        for (ArticleSource source : sources) {
            Submission submission = submitter.prepare(source.bytes(), source.format());
            if (!submission.accepted()) {
                failed.add(source.label() + ": " + submission.rejection().message());
                continue;
            }
            try {
                submitter.send(submission, (metadata, error) -> {
                    if (error == null) {
                        submitted.incrementAndGet();
                    } else {
                        failed.add(source.label() + ": not accepted by Kafka: " + DeadLetters.messageChain(error));
                    }
                });
                sent++;
            } catch (RuntimeException e) {
                failed.add(source.label() + ": cannot send: " + DeadLetters.messageChain(e));
            }
        }
        return sent;
    }
}
