package org.newsflow.projections.streams;

import java.util.List;

/**
 * One paragraph's contributions to the actors of one partition of the actor-deltas repartition topic, in the order
 * the article projector made them. One record instead of one per actor: the actor sub-topology pays Kafka Streams'
 * per-record cost (poll, deserialise, process, offsets) once per paragraph and partition. The actor projector
 * folds them one by one, as if they had come as separate records, so every view is the same.
 */
public record ActorDeltas(List<ActorDelta> deltas) {

    public ActorDeltas {
        if (deltas.isEmpty()) {
            throw new IllegalArgumentException("no contribution");
        }
        deltas = List.copyOf(deltas);
    }

    /** The actor the record is keyed by: the first one's (they all share its partition). */
    String routingKey() {
        return deltas.get(0).actorId();
    }
}
