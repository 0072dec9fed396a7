package org.newsflow.local.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.ingest.IngestApp;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.kafka.KafkaConnection;
import org.newsflow.projections.ProjectionsApp;

/**
 * {@link LocalPipeline} with apps that can be replaced: each app runs in this JVM, or in a child JVM while a test
 * is about to kill it, and is started afresh on the same state directory afterwards.
 */
final class FaultPipeline implements AutoCloseable {

    enum App { INGEST, ENRICH, PROJECTIONS }

    private static final Duration CHILD_START = Duration.ofSeconds(90);

    private final LocalPipeline pipeline;
    private final Path workDir;
    private IngestApp ingest;
    private EnrichApp enrich;
    private ProjectionsApp projections;
    private AppProcess child;
    private String projectionsUrl;

    private FaultPipeline(LocalPipeline pipeline, Path workDir) {
        this.pipeline = pipeline;
        this.workDir = workDir;
        this.ingest = pipeline.ingest();
        this.enrich = pipeline.enrich();
        this.projections = pipeline.projections();
        this.projectionsUrl = pipeline.projectionsUrl();
    }

    static FaultPipeline start(Path workDir, Map<String, String> settings) {
        return new FaultPipeline(LocalPipeline.start(options(workDir, settings)), workDir);
    }

    /** The registry and the apps in this JVM, on a Kafka cluster that runs elsewhere (child JVMs, say). */
    static FaultPipeline startOn(KafkaConnection kafka, Path workDir, Map<String, String> settings) {
        return new FaultPipeline(LocalPipeline.startOn(kafka, options(workDir, settings)), workDir);
    }

    private static LocalPipeline.Options options(Path workDir, Map<String, String> settings) {
        LocalPipeline.Options free = LocalPipeline.Options.freePorts();
        return new LocalPipeline.Options(free.kafkaPort(), free.registryPort(), free.ingestPort(),
                free.projectionsPort(), workDir, free.partitions(), settings);
    }

    LocalPipeline local() {
        return pipeline;
    }

    NewsflowConfig config() {
        return pipeline.config();
    }

    String bootstrapServers() {
        return config().get(ConfigKeys.BOOTSTRAP_SERVERS);
    }

    /** The projections API of the instance running now (in this JVM or the child). */
    String projectionsUrl() {
        return projectionsUrl;
    }

    ProjectionsApp projections() {
        return projections;
    }

    boolean allRunning() {
        return (ingest == null || ingest.isRunning()) && (enrich == null || enrich.runner().isRunning())
                && (projections == null || projections.isRunning()) && (child == null || child.isAlive());
    }

    /** Stops the app in this JVM cleanly and runs it in a child JVM instead, on the same state directory. */
    void moveToChild(App app) {
        stop(app);
        child = AppProcess.start(app.name().toLowerCase(), config(), workDir.resolve("children"), CHILD_START);
        if (app == App.PROJECTIONS) {
            projectionsUrl = "http://localhost:" + child.port();
        }
    }

    /** SIGKILLs the child; {@link #start(App)} then runs the app in this JVM again, on the same state directory. */
    void killChild() throws InterruptedException {
        child.kill();
        child = null;
    }

    /** Closes the app cleanly (what the reset needs). */
    void stop(App app) {
        switch (app) {
            case INGEST -> {
                ingest.close();
                ingest = null;
            }
            case ENRICH -> {
                enrich.close();
                enrich = null;
            }
            case PROJECTIONS -> {
                projections.close();
                projections = null;
                projectionsUrl = null;
            }
        }
    }

    /** A fresh instance of the app in this JVM, with the pipeline's settings and state directory. */
    void start(App app) {
        switch (app) {
            case INGEST -> ingest = IngestApp.start(config());
            case ENRICH -> enrich = EnrichApp.start(config());
            case PROJECTIONS -> {
                projections = ProjectionsApp.start(config());
                projectionsUrl = "http://localhost:" + projections.port();
            }
        }
    }

    @Override
    public void close() {
        if (child != null) {
            try {
                child.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (AutoCloseable app : new AutoCloseable[] {projections, enrich, ingest}) {
            if (app != null && app != pipeline.projections() && app != pipeline.enrich() && app != pipeline.ingest()) {
                try {
                    app.close();
                } catch (Exception e) {
                    // closing anyway
                }
            }
        }
        pipeline.close();
    }
}
