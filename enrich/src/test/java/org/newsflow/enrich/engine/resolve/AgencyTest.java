package org.newsflow.enrich.engine.resolve;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.Analysis;
import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyTest {

    private static boolean acts(String text, String name) {
        Analysis a = TestEngine.get().analyse(text, new ArticleContext());
        ResolvedMention m = a.resolution().mentions().stream().filter(x -> x.actor().name().equals(name))
                .findFirst().orElseThrow();
        return Agency.acts(a.sentences().get(m.sentence()), m.firstToken(), m.endToken());
    }

    @Test
    void subjectsOfActiveVerbsAndAgentsOfPassivesAct() {
        assertThat(acts("France signed the treaty in May.", "France")).isTrue();
        assertThat(acts("Poland has rejected the offer.", "Poland")).isTrue();
        assertThat(acts("The port was blockaded by France for a year.", "France")).isTrue();
    }

    @Test
    void placesDescribedOrAcquiredDoNotAct() {
        assertThat(acts("France is a large country.", "France")).isFalse();
        assertThat(acts("Poland was divided after the war.", "Poland")).isFalse();
        assertThat(acts("Poland had a population of thirty million.", "Poland")).isFalse();
        assertThat(acts("The troops stayed in France for a year.", "France")).isFalse();
    }
}
