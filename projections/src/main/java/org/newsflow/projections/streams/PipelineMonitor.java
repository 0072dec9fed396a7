package org.newsflow.projections.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsflow.config.ConfigKeys;
import org.newsflow.config.KafkaClientProperties;
import org.newsflow.config.NewsflowConfig;
import org.newsflow.projections.model.AppStatus;

/**
 * Reads the state of every app of the pipeline from Kafka itself (their consumer groups), so one projections
 * instance can show the health of ingest and enrich too without calling them.
 */
public final class PipelineMonitor implements AutoCloseable {

    private static final long TIMEOUT_MS = 3_000;

    private final Admin admin;
    private final Map<String, String> applications = new LinkedHashMap<>();

    public PipelineMonitor(NewsflowConfig config) {
        this.admin = Admin.create(KafkaClientProperties.admin(config));
        applications.put("ingest", config.get(ConfigKeys.INGEST_APPLICATION_ID));
        applications.put("enrich", config.get(ConfigKeys.ENRICH_APPLICATION_ID));
        applications.put("projections", config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID));
    }

    public List<AppStatus> apps() {
        List<AppStatus> out = new ArrayList<>();
        applications.forEach((name, applicationId) -> out.add(status(name, applicationId)));
        return out;
    }

    private AppStatus status(String name, String applicationId) {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                    .describedGroups().get(applicationId).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            long lag = 0;
            for (var entry : committed.entrySet()) {
                if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
            return new AppStatus(name, applicationId, group.groupState().name(), group.members().size(), lag,
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AppStatus(name, applicationId, "UNKNOWN", 0, -1, "interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new AppStatus(name, applicationId, "UNKNOWN", 0, -1, cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
