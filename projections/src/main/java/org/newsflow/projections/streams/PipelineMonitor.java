package org.newsflow.projections.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.projections.model.AppStatus;
import org.newsflow.runtime.streams.GroupProgress;
import org.newsflow.runtime.streams.StreamsHealth;

/**
 * Reads the state of every app of the pipeline from Kafka itself (their consumer groups), so one projections
 * instance can show the health of ingest and enrich too without calling them: an app whose committed offsets have
 * not moved for the stall time while records wait is reported as making no progress. Apps running in this JVM
 * add what only they know (threads failing in a loop) through {@link #watch}.
 */
public final class PipelineMonitor implements AutoCloseable {

    private final Admin admin;
    private final Map<String, String> applications = new LinkedHashMap<>();
    private final Map<String, Supplier<StreamsHealth.Report>> local = new ConcurrentHashMap<>();
    private final Map<String, GroupProgress> progress = new ConcurrentHashMap<>();
    private final long stallMs;

    public PipelineMonitor(NewsflowConfig config) {
        this.admin = Admin.create(KafkaClientProperties.admin(config));
        this.stallMs = config.getLong(ConfigKeys.HEALTH_STALL_MS);
        applications.put("ingest", config.get(ConfigKeys.INGEST_APPLICATION_ID));
        applications.put("enrich", config.get(ConfigKeys.ENRICH_APPLICATION_ID));
        applications.put("projections", config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID));
    }

    /** Adds the in-process health of an app running in this JVM ({@code ingest}, {@code enrich}, ...). */
    public void watch(String name, Supplier<StreamsHealth.Report> health) {
        local.put(name, health);
    }

    public List<AppStatus> apps() {
        List<AppStatus> out = new ArrayList<>();
        applications.forEach((name, applicationId) -> {
            AppStatus status = status(name, applicationId);
            Supplier<StreamsHealth.Report> health = local.get(name);
            out.add(health == null ? status : status.withProblems(health.get().problems()));
        });
        return out;
    }

    private AppStatus status(String name, String applicationId) {
        try {
            GroupProgress.Snapshot snapshot = progress.computeIfAbsent(applicationId,
                    id -> new GroupProgress(admin, id, stallMs, System::currentTimeMillis)).check();
            return new AppStatus(name, applicationId, snapshot.state(), snapshot.members(), snapshot.lag(), null)
                    .withProblems(snapshot.problems());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AppStatus(name, applicationId, "UNKNOWN", 0, -1, "interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new AppStatus(name, applicationId, "UNKNOWN", 0, -1, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    /** What is wrong with one app right now (empty when nothing is or when Kafka cannot be asked). */
    public List<String> problems(String name) {
        String applicationId = applications.get(name);
        if (applicationId == null) {
            return List.of();
        }
        AppStatus status = status(name, applicationId);
        Supplier<StreamsHealth.Report> health = local.get(name);
        return (health == null ? status : status.withProblems(health.get().problems())).problems();
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
