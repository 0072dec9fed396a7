package org.newsflow.enrich.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.config.OversizePolicy;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.Enrichment;

/**
 * Bounds what one enriched paragraph carries, so that its event fits its topic whatever the paragraph holds
 * (thousands of names make thousands of mention objects). Over a limit the findings are cut (those mentioned
 * most are kept, then the first ones) and the limit is named, or the paragraph is refused, as the policy says.
 */
public record EnrichmentLimits(int maxActors, int maxMentionsPerActor, int maxQuotes, OversizePolicy policy) {

    public static final String ACTORS = "actors.per.paragraph";
    public static final String MENTIONS = "mentions.per.actor";
    public static final String QUOTES = "quotes.per.paragraph";

    public EnrichmentLimits {
        if (maxActors < 1 || maxMentionsPerActor < 1 || maxQuotes < 0) {
            throw new IllegalArgumentException("enrichment limits must be positive");
        }
    }

    public static EnrichmentLimits from(NewsflowConfig config) {
        return new EnrichmentLimits(config.getInt(ConfigKeys.ENRICH_MAX_ACTORS),
                config.getInt(ConfigKeys.ENRICH_MAX_MENTIONS), config.getInt(ConfigKeys.ENRICH_MAX_QUOTES),
                OversizePolicy.from(config));
    }

    public static EnrichmentLimits defaults() {
        return from(NewsflowConfig.defaults());
    }

    /** The findings within the limits, and the names of the limits that cut them. */
    public record Bounded(Enrichment enrichment, List<String> truncated) {
    }

    /** @throws LimitExceededException when a limit is passed and the policy is to refuse */
    public Bounded apply(Enrichment enrichment) {
        List<String> truncated = new ArrayList<>();
        List<Actor> actors = enrichment.actors();
        if (actors.size() > maxActors) {
            refuseUnlessTruncating("The paragraph names " + actors.size() + " actors, over the limit of "
                    + maxActors);
            List<Actor> most = actors.stream()
                    .sorted(Comparator.comparingInt((Actor a) -> a.mentions().size()).reversed())
                    .limit(maxActors).toList();
            actors = actors.stream().filter(most::contains).toList();
            truncated.add(ACTORS);
        }
        List<Actor> kept = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            if (actor.mentions().size() > maxMentionsPerActor) {
                refuseUnlessTruncating("The paragraph mentions " + actor.name() + " " + actor.mentions().size()
                        + " times, over the limit of " + maxMentionsPerActor);
                kept.add(new Actor(actor.actorId(), actor.name(), actor.type(), actor.country(), actor.role(),
                        actor.cameo(), actor.sentiment(), actor.mentions().subList(0, maxMentionsPerActor),
                        actor.wikidata()));
                if (!truncated.contains(MENTIONS)) {
                    truncated.add(MENTIONS);
                }
            } else {
                kept.add(actor);
            }
        }
        var quotes = enrichment.quotes();
        if (quotes.size() > maxQuotes) {
            refuseUnlessTruncating("The paragraph has " + quotes.size() + " quotes, over the limit of " + maxQuotes);
            quotes = quotes.subList(0, maxQuotes);
            truncated.add(QUOTES);
        }
        if (truncated.isEmpty()) {
            return new Bounded(enrichment, List.of());
        }
        return new Bounded(new Enrichment(kept, enrichment.tone(), enrichment.sentiment(), quotes),
                List.copyOf(truncated));
    }

    private void refuseUnlessTruncating(String reason) {
        if (policy == OversizePolicy.DEAD_LETTER) {
            throw new LimitExceededException(reason);
        }
    }

    /** A paragraph over a limit, refused by the policy: the dead-letter handler reports it. */
    public static final class LimitExceededException extends RuntimeException {
        public LimitExceededException(String message) {
            super(message, null, false, false);
        }
    }
}
