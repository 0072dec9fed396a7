package org.newsflow.projections.streams;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Which partition of the actor-deltas repartition topic each actor's contributions go to: the partition Kafka's
 * default partitioner gives the actorId (murmur2 of its UTF-8 bytes), which is also where interactive queries look
 * for that actor. The article projector groups a paragraph's contributions by this partition into one record each
 * ({@link ActorDeltas}); it can do so only once the partition count is known, and that is learnt here from the
 * first send (until then each contribution goes alone). A record whose actors would not share one partition is
 * refused rather than sent where some of them do not belong.
 */
final class ActorRouting implements StreamPartitioner<String, ActorDeltas> {

    /** The repartition topic's partition count; 0 until the first send. */
    private volatile int partitions;

    /** The partition of an actor's contributions, or -1 while the partition count is not known yet. */
    int partitionOf(String actorId) {
        int count = partitions;
        return count == 0 ? -1 : partitionOf(actorId, count);
    }

    static int partitionOf(String actorId, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(actorId.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, ActorDeltas value, int partitionCount) {
        if (partitions != partitionCount) {
            partitions = partitionCount;
        }
        int partition = partitionOf(value.routingKey(), partitionCount);
        for (ActorDelta d : value.deltas()) {
            if (partitionOf(d.actorId(), partitionCount) != partition) {
                throw new StreamsException("Contributions grouped for another partition count than the "
                        + partitionCount + " of " + topic + ": actors " + value.routingKey() + " and " + d.actorId());
            }
        }
        return Optional.of(Set.of(partition));
    }
}
