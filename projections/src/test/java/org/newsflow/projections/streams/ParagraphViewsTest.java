package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorType;
import org.newsflow.events.Mention;
import org.newsflow.events.MentionKind;
import org.newsflow.projections.model.MentionView;
import org.newsflow.projections.model.ParagraphActorView;
import org.newsflow.projections.model.ParagraphView;
import org.newsflow.projections.support.Events;

class ParagraphViewsTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    private static Actor named(String id, String name, ActorType type, MentionKind... kinds) {
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (MentionKind kind : kinds) {
            mentions.add(Mention.newBuilder().setStart(at).setEnd(at + name.length()).setText(name).setKind(kind)
                    .build());
            at += name.length() + 1;
        }
        return Actor.newBuilder(Events.actor(id, name, type, "USA", 0)).setMentions(mentions).build();
    }

    @Test
    void anActorNamedOnlyInsideAnotherActorsNameStaysOutOfTheViews() {
        ParagraphView view = ParagraphViews.from(Events.paragraph("a", "r1", 1, 1, T, T,
                "The New York Times reported that New York ...", 0.0, List.of(
                        named("the_new_york_times", "The New York Times", ActorType.ORGANIZATION, MentionKind.name),
                        named("new_york_city", "New York", ActorType.LOCATION, MentionKind.nested),
                        named("texas", "Texas", ActorType.LOCATION, MentionKind.nested, MentionKind.name)),
                List.of()));

        assertThat(view.actors()).extracting(ParagraphActorView::id).containsExactly("the_new_york_times", "texas");
        assertThat(view.actors().get(1).mentions()).extracting(MentionView::kind).containsExactly("name");
    }
}
