package org.newsflow.local;

import org.newsflow.runtime.topics.PipelineTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.ingest.submit.ArticleFiles;
import org.newsflow.ingest.submit.ArticleSource;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.ingest.submit.Submission;
import org.newsflow.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Drops every article file under a folder into the ingest topic, as {@code newsflow submit} does. */
public final class SeedSubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(SeedSubmitter.class);

    private SeedSubmitter() {
    }

    /** Submits the articles and returns the ids of those accepted, in submission order. */
    public static List<String> submit(Path input, NewsflowConfig config) {
        if (!Files.exists(input)) {
            throw new IllegalStateException("No articles at " + input.toAbsolutePath()
                    + ": pass --input DIR (the repository's seeds/ is the default)");
        }
        ArticleParser parser = ArticleParser.of(config, config.getInt(ConfigKeys.INGEST_MAX_ARTICLE_BYTES));
        Set<String> ids = new LinkedHashSet<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try (ArticleSubmitter submitter = new ArticleSubmitter(
                ArticleSubmitter.idempotentProducer(config, "newsflow-local-seeds"),
                PipelineTopics.catalogue(config).submitted().name(), parser)) {
            for (ArticleFiles.Entry entry : ArticleFiles.expand(List.of(input.toString()), null)) {
                if (entry.skipped()) {
                    LOG.warn("Skipped {}: {}", entry.path(), entry.skipReason());
                    continue;
                }
                for (ArticleSource source : ArticleFiles.read(entry, System.in)) {
                    Submission submission = submitter.prepare(source.bytes(), source.format());
                    if (!submission.accepted()) {
                        LOG.warn("Not submitted {}: {}", source.label(), submission.rejection().message());
                        continue;
                    }
                    sends.add(submitter.send(submission, null));
                    ids.add(submission.articleId());
                }
            }
            submitter.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read articles under " + input, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The ingest topic refused an article: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while submitting articles", e);
        }
        return new ArrayList<>(ids);
    }
}
