package org.newsflow.enrich.engine.sentiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttentionSentimentModelTest {

    @Test
    void theTableTanhFollowsMathTanhToFloatPrecision() {
        for (double x = -12; x <= 12; x += 0.000731) {
            assertThat((double) AttentionSentimentModel.tanh((float) x)).as("tanh(%s)", x)
                    .isCloseTo(Math.tanh((float) x), within(5e-7));
        }
        assertThat(AttentionSentimentModel.tanh(Float.POSITIVE_INFINITY)).isEqualTo(1f);
        assertThat(AttentionSentimentModel.tanh(Float.NEGATIVE_INFINITY)).isEqualTo(-1f);
        assertThat(AttentionSentimentModel.tanh(Float.NaN)).isNaN();
    }
}
