package org.newsflow.projections.streams;

/**
 * An actor's mentions, paragraphs, tone sum and sentiment sum within one time window. The sentiment sum adds the
 * actor's own sentiment in each paragraph (how the text portrays it), in millionths; windows stored before it was
 * kept read it as 0.
 */
public record TimelineAggregate(long mentions, long paragraphs, long toneMicro, long sentimentMicro) {

    /** The window after {@code d}, or null when nothing remains. */
    public static TimelineAggregate apply(TimelineAggregate old, ActorDelta d) {
        long paragraphs = (old == null ? 0 : old.paragraphs) + d.sign();
        if (paragraphs <= 0) {
            return null;
        }
        return new TimelineAggregate((old == null ? 0 : old.mentions) + (long) d.sign() * d.mentions(), paragraphs,
                (old == null ? 0 : old.toneMicro) + d.sign() * d.toneMicro(),
                (old == null ? 0 : old.sentimentMicro) + d.sign() * d.sentimentMicro());
    }
}
