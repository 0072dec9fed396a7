package org.newsflow.enrich.engine.tone;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;

class ToneScorerTest {

    private static Enrichment enrich(String text) {
        return TestEngine.get().enrich(text, new ArticleContext());
    }

    @Test
    void negationFlipsAndIntensifiersStrengthen() {
        double good = enrich("The plan is good.").sentiment().score();
        double notGood = enrich("The plan is not good.").sentiment().score();
        double veryGood = enrich("The plan is very good.").sentiment().score();
        assertThat(good).isPositive();
        assertThat(notGood).isNegative();
        assertThat(veryGood).isGreaterThan(good);
        assertThat(enrich("The plan is slightly good.").sentiment().score()).isLessThan(good);
    }

    @Test
    void hardNewsVocabularyReadsNegative() {
        Enrichment e = enrich("Russia demanded the lifting of sanctions while strikes and ceasefire violations "
                + "continued, and skepticism about stalling grew.");
        assertThat(e.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(e.tone().negative()).isGreaterThan(e.tone().positive());
    }

    @Test
    void toneVectorIsPercentagesOfWords() {
        Enrichment e = enrich("A wonderful, terrible day.");
        assertThat(e.tone().wordCount()).isEqualTo(4);
        assertThat(e.tone().positive()).isEqualTo(25.0);
        assertThat(e.tone().negative()).isEqualTo(25.0);
        assertThat(e.tone().polarity()).isEqualTo(50.0);
        assertThat(e.tone().tone()).isZero();
    }

    @Test
    void actorNamesDoNotCarryTone() {
        assertThat(enrich("The United Nations met.").sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
    }
}
