package org.newsflow.runtime.streams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The progress of one Streams app as Kafka sees it: its consumer group, the records behind the end of its input
 * partitions, and whether its committed offsets have moved. Seen from outside the app, so it also catches an app
 * that is stuck without failing (a processor that never returns, a thread that cannot poll).
 */
public final class GroupProgress {

    private static final long TIMEOUT_MS = 3_000;

    /** The group's state and members, records waiting, and what is wrong (empty when nothing is). */
    public record Snapshot(String state, int members, long lag, List<String> problems) {
    }

    private final Admin admin;
    private final String applicationId;
    private final long stallMs;
    private final LongSupplier clock;
    private long lastPosition = Long.MIN_VALUE;
    private long movedAt;

    public GroupProgress(Admin admin, String applicationId, long stallMs, LongSupplier clock) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.stallMs = stallMs;
        this.clock = clock;
        this.movedAt = clock.getAsLong();
    }

    /** @throws Exception when Kafka cannot be asked now */
    public synchronized Snapshot check() throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                .describedGroups().get(applicationId).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long lag = 0;
        long position = 0;
        for (var entry : committed.entrySet()) {
            if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                position += entry.getValue().offset();
            }
        }
        long now = clock.getAsLong();
        if (position != lastPosition || lag == 0) {
            lastPosition = position;
            movedAt = now;
        }
        long idle = now - movedAt;
        List<String> problems = idle >= stallMs
                ? List.of("no progress for " + idle / 1000 + " s with " + lag + " records waiting") : List.of();
        return new Snapshot(group.groupState().name(), group.members().size(), lag, problems);
    }
}
