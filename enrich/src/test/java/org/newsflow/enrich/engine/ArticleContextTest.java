package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Sentiment;
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
    void theArticleDateAndTheFormsIntroducedForAnActorSurviveTheRoundTrip() {
        ArticleContext context = new ArticleContext();
        context.setDate(java.time.LocalDate.parse("2019-03-04"));
        TestEngine.get().enrich("The Quorvian Maritime Safety Board (QMSB) opened an inquiry.", context);
        ArticleContext copy = ArticleContext.fromBytes(context.toBytes());
        assertThat(copy.date()).isEqualTo(java.time.LocalDate.parse("2019-03-04"));
        assertThat(copy.findByForm("QMSB")).get().extracting(ArticleContext.Remembered::name)
                .isEqualTo("Quorvian Maritime Safety Board");
        assertThat(ArticleContext.fromBytes("{\"paragraphs\":1,\"actors\":[]}".getBytes()).date())
                .as("contexts stored before dates were kept").isNull();
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
