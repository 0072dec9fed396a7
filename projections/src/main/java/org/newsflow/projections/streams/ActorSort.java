package org.newsflow.projections.streams;

import java.util.Comparator;
import java.util.Locale;
import org.newsflow.projections.model.ActorSummary;

/** Orders of the actor ranking; ties broken by mentions, then id, so that every instance merges alike. */
public enum ActorSort {
    MENTIONS, TONE;

    public Comparator<ActorSummary> comparator(boolean ascending) {
        Comparator<ActorSummary> primary = this == MENTIONS
                ? Comparator.comparingLong(ActorSummary::mentions)
                : Comparator.comparingDouble(ActorSummary::avgTone);
        if (!ascending) {
            primary = primary.reversed();
        }
        return primary.thenComparing(Comparator.comparingLong(ActorSummary::mentions).reversed())
                .thenComparing(ActorSummary::id);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
