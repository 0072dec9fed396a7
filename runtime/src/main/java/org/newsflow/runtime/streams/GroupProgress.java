package org.newsflow.runtime.streams;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // Partitions assigned but never committed count from their start: records waiting there are lag too.
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        group.members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Set<TopicPartition> uncommitted = new HashSet<>(partitions);
        committed.forEach((tp, offset) -> {
            if (offset != null) {
                uncommitted.remove(tp);
            }
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                offsets(uncommitted, OffsetSpec.earliest());
        long lag = 0;
        long position = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata offset = committed.get(tp);
            var start = starts.get(tp);
            long at = offset != null ? offset.offset() : start == null ? -1 : start.offset();
            if (at >= 0 && ends.containsKey(tp)) {
                lag += Math.max(0, ends.get(tp).offset() - at);
                position += at;
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

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Set<TopicPartition> partitions,
                                                                                  OffsetSpec spec)
            throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }
}
