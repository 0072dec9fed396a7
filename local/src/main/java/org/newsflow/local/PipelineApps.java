package org.newsflow.local;

import org.newsflow.runtime.topics.PipelineTopics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsflow.runtime.OrderedShutdown;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.ingest.IngestApp;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.schemas.Topics;

/**
 * Ingest, enrich and projections started in this JVM against any Kafka cluster and Schema Registry named in the
 * configuration: the embedded stack of {@link LocalPipeline}, or real ones (the container tests).
 */
public final class PipelineApps implements AutoCloseable {

    private final NewsflowConfig config;
    private final Topics topics;
    private final Map<String, Long> startMillis = new LinkedHashMap<>();
    private final OrderedShutdown started = new OrderedShutdown("the local pipeline");
    private IngestApp ingest;
    private EnrichApp enrich;
    private ProjectionsApp projections;

    private PipelineApps(NewsflowConfig config) {
        this.config = config;
        this.topics = PipelineTopics.catalogue(config);
    }

    /** Creates the topics, registers the schemas, then starts the three apps. */
    public static PipelineApps start(NewsflowConfig config) {
        PipelineApps apps = new PipelineApps(config);
        try {
            apps.startAll();
            return apps;
        } catch (RuntimeException e) {
            apps.close();
            throw e;
        }
    }

    private void startAll() {
        long t0 = System.nanoTime();
        PipelineTopics.provision(config);
        SchemaRegistration.registerAll(topics, topics.registry());
        startMillis.put("topics", elapsedMs(t0));
        long t1 = System.nanoTime();
        ingest = track(IngestApp.start(config));
        startMillis.put("ingest", elapsedMs(t1));
        long t2 = System.nanoTime();
        enrich = track(EnrichApp.start(config));
        startMillis.put("enrich", elapsedMs(t2));
        long t3 = System.nanoTime();
        projections = track(ProjectionsApp.start(config));
        startMillis.put("projections", elapsedMs(t3));
        // In one JVM the pipeline view also shows what only the apps themselves know (threads failing in a loop).
        projections.monitor().watch("ingest", () -> ingest.runner().health());
        projections.monitor().watch("enrich", () -> enrich.runner().health());
        enrich.runner().failures().bindTo(projections.meters());
    }

    private <T extends AutoCloseable> T track(T component) {
        return started.add(component);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public NewsflowConfig config() {
        return config;
    }

    public Topics topics() {
        return topics;
    }

    public IngestApp ingest() {
        return ingest;
    }

    public EnrichApp enrich() {
        return enrich;
    }

    public ProjectionsApp projections() {
        return projections;
    }

    /** The ingest HTTP API, e.g. {@code http://localhost:8082}. */
    public String ingestUrl() {
        return "http://localhost:" + ingest.httpPort();
    }

    /** The projections HTTP API and dashboard, e.g. {@code http://localhost:8080}. */
    public String projectionsUrl() {
        return "http://localhost:" + projections.port();
    }

    /** True while every app's Streams instance is running. */
    public boolean isRunning() {
        return ingest.runner().isRunning() && enrich.runner().isRunning() && projections.isRunning();
    }

    /** Milliseconds each step took, in start order. */
    public Map<String, Long> startMillis() {
        return Collections.unmodifiableMap(startMillis);
    }

    /** Stops projections, then enrich, then ingest. */
    @Override
    public void close() {
        started.close();
    }
}
