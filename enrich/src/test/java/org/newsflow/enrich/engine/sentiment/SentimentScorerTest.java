package org.newsflow.enrich.engine.sentiment;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled models as the engine uses them: each actor's portrayal, and the paragraph's sentiment. */
class SentimentScorerTest {

    private static Enrichment enrich(String text) {
        return TestEngine.get().enrich(text, new ArticleContext());
    }

    private static Sentiment actor(Enrichment e, String id) {
        return e.actors().stream().filter(a -> a.actorId().equals(id)).map(Actor::sentiment).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found in " + e.actors()));
    }

    @Test
    void anActorAccusedOfCrimesIsPortrayedNegatively() {
        Enrichment e = enrich("Prosecutors said Vladimir Putin lied repeatedly, committed war crimes and betrayed "
                + "his own people.");
        assertThat(actor(e, "vladimir_putin").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(actor(e, "vladimir_putin").score()).isLessThan(-0.5);
    }

    @Test
    void anActorPraisedByColleaguesIsPortrayedPositively() {
        Enrichment e = enrich("Colleagues praised Marco Rubio as an honest, brilliant and generous leader who won "
                + "wide respect.");
        assertThat(actor(e, "marco_rubio").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(e.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void aScheduleIsNeutral() {
        Enrichment e = enrich("Marco Rubio will travel to Brussels on Tuesday for a meeting of foreign ministers.");
        assertThat(actor(e, "marco_rubio").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(e.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void theSameSentencePortraysItsActorsDifferently() {
        Enrichment e = enrich("Marco Rubio praised Volodymyr Zelensky for his courage, while critics accused "
                + "Vladimir Putin of lies and brutal crimes.");
        assertThat(actor(e, "vladimir_putin").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(actor(e, "volodymyr_zelensky").label()).isNotEqualTo(SentimentLabel.NEGATIVE);
        assertThat(actor(e, "volodymyr_zelensky").score()).isGreaterThan(actor(e, "vladimir_putin").score() + 0.5);
    }

    @Test
    void aParagraphReadsAsItPortraysItsActors() {
        Enrichment e = enrich("Prosecutors said Vladimir Putin lied repeatedly, committed war crimes and betrayed "
                + "his own people. Marco Rubio will travel to Brussels on Tuesday.");
        assertThat(e.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void hardNewsAboutAttacksReadsNegative() {
        Enrichment e = enrich("The talks collapsed after Russia launched new missile strikes on Kyiv, killing dozens "
                + "of civilians.");
        assertThat(e.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(e.sentiment().score()).isBetween(-1.0, -0.05);
    }

    @Test
    void theLexiconBaselineStaysAvailableAndTheToneVectorIsTheSame() {
        String text = "Critics accused Vladimir Putin of lies and brutal crimes.";
        Enrichment learned = enrich(text);
        Enrichment lexicon = TestEngine.get().withLexiconSentiment().enrich(text, new ArticleContext());
        assertThat(lexicon.tone()).isEqualTo(learned.tone());
        assertThat(lexicon.actors()).extracting(Actor::actorId)
                .containsExactlyElementsOf(learned.actors().stream().map(Actor::actorId).toList());
    }
}
