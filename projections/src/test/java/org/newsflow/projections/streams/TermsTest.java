package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void lowerCasesFoldsAccentsAndDropsStopWords() {
        assertThat(Terms.words("The Élysée said: Macron's plan, a 2025 plan!"))
                .containsExactly("elysee", "said", "macron", "plan", "2025", "plan");
        assertThat(Terms.frequencies("plan plan vote")).containsEntry("plan", 2).containsEntry("vote", 1);
    }

    @Test
    void plainAsciiAndAccentedTextGiveTheSameTerms() {
        assertThat(Terms.words("CAFE Cafe café CAFÉ naïve NAIVE")).containsExactly("cafe", "cafe", "cafe", "cafe",
                "naive", "naive");
    }

    @Test
    void queryKeepsActorTermsAndDeduplicates() {
        assertThat(Terms.query("  NATO actor:Marco_Rubio nato  ")).containsExactly("nato", "actor:marco_rubio");
        assertThat(Terms.query("the a")).isEmpty();
        assertThat(Terms.query(null)).isEmpty();
    }
}
