package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.support.Events;

/** The article fold without Kafka: contributions, their retraction and the revision order. */
class ArticleStateTest {

    static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    static ParagraphEnriched p(int index, String revision, Instant ingested, String... actorIds) {
        return Events.paragraph("a", revision, index, 2, T, ingested, "text " + index, 1.5,
                java.util.Arrays.stream(actorIds).map(id -> Events.person(id, id.toUpperCase(), 2)).toList(),
                List.of(Events.quote("q" + index, actorIds.length > 0 ? actorIds[0] : "someone_else")));
    }

    @Test
    void actorEntersTheArticleOnceAndLeavesWithItsLastParagraph() {
        ArticleState s = ArticleState.start(ArticleInput.of(p(1, "r1", T, "x")));
        ParagraphView one = ParagraphViews.from(p(1, "r1", T, "x", "y"));
        ParagraphView two = ParagraphViews.from(p(2, "r1", T, "x"));

        List<ActorDelta> added1 = s.add(one);
        List<ActorDelta> added2 = s.add(two);
        assertThat(added1).extracting(d -> d.actorId() + d.articleDelta()).containsExactly("x1", "y1");
        assertThat(added2).extracting(d -> d.actorId() + d.articleDelta()).containsExactly("x0");
        assertThat(added1.get(0).coActors()).extracting(n -> n.id()).containsExactly("y");
        assertThat(added1.get(0).quotes()).extracting(q -> q.text()).containsExactly("q1");
        assertThat(s.rankedActors()).extracting(a -> a.id() + "=" + a.mentions()).containsExactly("x=4", "y=2");

        List<ActorDelta> removed1 = s.remove(one);
        assertThat(removed1).extracting(d -> d.sign() + d.actorId() + d.articleDelta())
                .containsExactly("-1x0", "-1y-1");
        List<ActorDelta> removed2 = s.remove(two);
        assertThat(removed2).extracting(d -> d.actorId() + d.articleDelta()).containsExactly("x-1");
        assertThat(s.actors).isEmpty();
        assertThat(s.received).isZero();
        assertThat(s.toneMicro).isZero();
    }

    @Test
    void quoteBySpeakerNotMentionedGoesToTheSpeakerOnly() {
        ArticleState s = ArticleState.start(ArticleInput.of(p(1, "r1", T)));
        List<ActorDelta> deltas = s.add(ParagraphViews.from(p(1, "r1", T)));
        assertThat(deltas).singleElement().satisfies(d -> {
            assertThat(d.actorId()).isEqualTo("someone_else");
            assertThat(d.mentioned()).isFalse();
            assertThat(d.quotes()).hasSize(1);
        });
    }

    @Test
    void newestRevisionIsTheGreatestIngestTimeThenRevision() {
        ArticleState s = ArticleState.start(ArticleInput.of(p(1, "r5", T)));
        assertThat(s.isSupersededBy(ArticleInput.of(p(1, "r5", T.plusSeconds(9))))).isFalse();
        assertThat(s.isSupersededBy(ArticleInput.of(p(1, "r1", T.plusSeconds(1))))).isTrue();
        assertThat(s.isSupersededBy(ArticleInput.of(p(1, "r9", T.minusSeconds(1))))).isFalse();
        assertThat(s.isSupersededBy(ArticleInput.of(p(1, "r9", T)))).isTrue();
        assertThat(s.isSupersededBy(ArticleInput.of(p(1, "r1", T)))).isFalse();
    }
}
