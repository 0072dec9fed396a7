package org.newsflow.enrich.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleContextTest {

    @Test
    void survivesBytesRoundTrip() {
        ArticleContext context = new ArticleContext();
        TestEngine.get().enrich("U.S. Secretary of State Marco Rubio met Foreign Minister Andrii Sybiha.", context);
        ArticleContext copy = ArticleContext.fromBytes(context.toBytes());
        assertThat(copy.paragraphs()).isEqualTo(1);
        assertThat(copy.actors()).isEqualTo(context.actors());
        assertThat(copy.findBySurname("Rubio")).get().extracting(ArticleContext.Remembered::id)
                .isEqualTo("marco_rubio");

        Enrichment next = TestEngine.get().enrich("Sybiha thanked Rubio.", copy);
        assertThat(next.actors()).extracting(Actor::actorId).contains("andrii_sybiha", "marco_rubio");
    }

    @Test
    void isBounded() {
        ArticleContext context = new ArticleContext();
        for (int i = 0; i < ArticleContext.MAX_ACTORS + 20; i++) {
            context.remember(new Actor("actor_" + i, "Actor " + i, ActorType.PERSON, null, null, null,
                    Sentiment.NEUTRAL, List.of()), List.of());
        }
        assertThat(context.actors()).hasSize(ArticleContext.MAX_ACTORS);
        assertThat(context.find("actor_0")).isEmpty();
        assertThat(ArticleContext.fromBytes(new byte[0]).actors()).isEmpty();
    }
}
