package org.newsflow.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language pipeline alone, as benchmarks use it. */
class LanguagePipelineTest {

    @Test
    void splitsAParagraphIntoItsSentences() {
        LanguagePipeline language = new LanguagePipeline();

        assertThat(language.analyse("Marco Rubio met Sergei Lavrov in Riyadh. They talked for four hours."))
                .isEqualTo(2);
        assertThat(language.analyse("")).isZero();
    }
}
