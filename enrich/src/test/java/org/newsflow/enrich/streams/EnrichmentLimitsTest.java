package org.newsflow.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.OversizePolicy;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.model.Quote;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.Tone;

class EnrichmentLimitsTest {

    private static Actor actor(String id, int mentions) {
        return new Actor(id, id, ActorType.COUNTRY, null, null, null, Sentiment.NEUTRAL,
                IntStream.range(0, mentions).mapToObj(i -> new Mention(i * 10, i * 10 + 6, id, MentionKind.NAME))
                        .toList());
    }

    private static Enrichment findings(List<Actor> actors, int quotes) {
        return new Enrichment(actors, Tone.EMPTY, Sentiment.NEUTRAL,
                IntStream.range(0, quotes).mapToObj(i -> new Quote(i, i + 1, "q", null)).toList());
    }

    @Test
    void findingsWithinTheLimitsPassUnchanged() {
        EnrichmentLimits limits = new EnrichmentLimits(2, 3, 1, OversizePolicy.TRUNCATE);
        Enrichment within = findings(List.of(actor("russia", 3), actor("ukraine", 1)), 1);

        EnrichmentLimits.Bounded bounded = limits.apply(within);

        assertThat(bounded.enrichment()).isSameAs(within);
        assertThat(bounded.truncated()).isEmpty();
    }

    @Test
    void truncatingKeepsTheMostMentionedActorsInOrderTheFirstMentionsAndQuotesAndNamesEachLimit() {
        EnrichmentLimits limits = new EnrichmentLimits(2, 3, 1, OversizePolicy.TRUNCATE);

        EnrichmentLimits.Bounded bounded = limits.apply(findings(
                List.of(actor("nato", 1), actor("russia", 5000), actor("ukraine", 2)), 4));

        assertThat(bounded.enrichment().actors()).extracting(Actor::actorId).containsExactly("russia", "ukraine");
        assertThat(bounded.enrichment().actors().get(0).mentions()).hasSize(3)
                .extracting(Mention::start).containsExactly(0, 10, 20);
        assertThat(bounded.enrichment().quotes()).hasSize(1);
        assertThat(bounded.truncated()).containsExactly(EnrichmentLimits.ACTORS, EnrichmentLimits.MENTIONS,
                EnrichmentLimits.QUOTES);
    }

    @Test
    void deadLetteringRefusesTheParagraphWithTheReason() {
        EnrichmentLimits limits = new EnrichmentLimits(2, 3, 1, OversizePolicy.DEAD_LETTER);

        assertThatThrownBy(() -> limits.apply(findings(List.of(actor("russia", 5000)), 0)))
                .isInstanceOf(EnrichmentLimits.LimitExceededException.class)
                .hasMessage("The paragraph mentions russia 5000 times, over the limit of 3");
    }
}
