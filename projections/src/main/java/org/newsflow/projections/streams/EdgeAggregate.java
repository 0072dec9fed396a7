package org.newsflow.projections.streams;

import org.newsflow.projections.model.CoMention;
import org.newsflow.projections.model.GraphNode;
import org.newsflow.projections.model.Numbers;

/**
 * One side of a co-mention edge, stored under its actor: the other actor, the paragraphs mentioning both
 * ({@code weight}) and the sum of their tones.
 */
public record EdgeAggregate(String actorId, String otherId, String otherName, String otherType,
                            String otherCountry, long identityTime, long weight, long toneMicro) {

    public static EdgeAggregate apply(EdgeAggregate old, ActorDelta d, GraphNode other) {
        long weight = (old == null ? 0 : old.weight) + d.sign();
        long tone = (old == null ? 0 : old.toneMicro) + d.sign() * d.toneMicro();
        if (weight <= 0) {
            return null;
        }
        if (old == null || (d.sign() > 0 && d.eventTime() >= old.identityTime)) {
            return new EdgeAggregate(d.actorId(), other.id(), other.name(), other.type(), other.country(),
                    d.eventTime(), weight, tone);
        }
        return new EdgeAggregate(old.actorId, old.otherId, old.otherName, old.otherType, old.otherCountry,
                old.identityTime, weight, tone);
    }

    public double avgTone() {
        return Numbers.mean(toneMicro, weight);
    }

    public CoMention coMention() {
        return new CoMention(otherId, otherName, otherType, otherCountry, weight, avgTone());
    }
}
