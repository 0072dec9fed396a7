package org.newsflow.projections.streams;

/** An actor's mentions, paragraphs and tone sum within one time window. */
public record TimelineAggregate(long mentions, long paragraphs, long toneMicro) {

    /** The window after {@code d}, or null when nothing remains. */
    public static TimelineAggregate apply(TimelineAggregate old, ActorDelta d) {
        long paragraphs = (old == null ? 0 : old.paragraphs) + d.sign();
        if (paragraphs <= 0) {
            return null;
        }
        return new TimelineAggregate((old == null ? 0 : old.mentions) + (long) d.sign() * d.mentions(), paragraphs,
                (old == null ? 0 : old.toneMicro) + d.sign() * d.toneMicro());
    }
}
