package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.model.GraphNode;

/** Actor, edge and timeline sums: exact, order-independent, gone at zero. */
class AggregatesTest {

    static ActorDelta delta(int sign, String article, long time, long toneMicro, int articleDelta) {
        return new ActorDelta(sign, true, "x", "X " + article, "PERSON", "USA", null, null, article, 1, time, 2,
                articleDelta, toneMicro, 100_000, List.of(new GraphNode("y", "Y", "PERSON", null)), List.of());
    }

    @Test
    void actorSumsAreOrderIndependentAndRetractable() {
        ActorDelta a = delta(1, "a", 10, 1_234_567, 1);
        ActorDelta b = delta(1, "b", 20, -7_654_321, 1);
        ActorAggregate ab = ActorAggregate.apply(ActorAggregate.apply(null, a), b);
        ActorAggregate ba = ActorAggregate.apply(ActorAggregate.apply(null, b), a);
        assertThat(ab).isEqualTo(ba);
        assertThat(ab.name()).isEqualTo("X b");
        assertThat(ab.mentions()).isEqualTo(4);
        assertThat(ab.articles()).isEqualTo(2);
        assertThat(ab.avgTone()).isEqualTo(-3.2099);

        ActorAggregate retracted = ActorAggregate.apply(ab, delta(-1, "b", 20, -7_654_321, -1));
        assertThat(retracted.mentions()).isEqualTo(2);
        assertThat(retracted.toneMicro()).isEqualTo(1_234_567);
        assertThat(ActorAggregate.apply(retracted, delta(-1, "a", 10, 1_234_567, -1))).isNull();
    }

    @Test
    void edgeAndTimelineDisappearAtZero() {
        ActorDelta a = delta(1, "a", 10, 2_000_000, 1);
        EdgeAggregate edge = EdgeAggregate.apply(null, a, a.coActors().get(0));
        assertThat(edge.weight()).isEqualTo(1);
        assertThat(edge.avgTone()).isEqualTo(2.0);
        assertThat(EdgeAggregate.apply(edge, delta(-1, "a", 10, 2_000_000, -1), a.coActors().get(0))).isNull();

        TimelineAggregate t = TimelineAggregate.apply(null, a);
        assertThat(t.mentions()).isEqualTo(2);
        assertThat(TimelineAggregate.apply(t, delta(-1, "a", 10, 2_000_000, -1))).isNull();
    }
}
