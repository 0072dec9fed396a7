package org.newsflow.enrich.engine.sentiment;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ParagraphCalibrationTest {

    private static final double[] UNDECIDED = {1 / 3.0, 1 / 3.0, 1 / 3.0};

    private static int best(double[] p) {
        return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    }

    @Test
    void sentencesWithAndWithoutActorsHaveTheirOwnWeights() {
        LinearSentimentModel model = new LinearSentimentModel("test",
                Map.of("with-actors:bias", new float[] {1f, 0f, 0f}), Map.of());
        double[] withActors = model.probabilities(ParagraphCalibration.features(UNDECIDED, UNDECIDED, 0));
        double[] withoutActors = model.probabilities(ParagraphCalibration.features(UNDECIDED, null, 0));
        assertThat(best(withActors)).isZero();
        assertThat(withoutActors).containsExactly(UNDECIDED, within(1e-9));
    }

    @Test
    void theBundledCalibrationFollowsTheActorsWhereTheSentenceModelIsUndecided() {
        LinearSentimentModel calibration = LinearSentimentModel.resource(SentimentScorer.PARAGRAPH_CALIBRATION);
        double[] attacked = {0.8, 0.1, 0.1};
        double[] praised = {0.1, 0.1, 0.8};
        assertThat(best(calibration.probabilities(ParagraphCalibration.features(UNDECIDED, attacked, 0)))).isZero();
        assertThat(best(calibration.probabilities(ParagraphCalibration.features(UNDECIDED, praised, 0))))
                .isEqualTo(2);
    }

    @Test
    void theBundledCalibrationKeepsAClearSentenceModelWhereNoActorIsNamed() {
        LinearSentimentModel calibration = LinearSentimentModel.resource(SentimentScorer.PARAGRAPH_CALIBRATION);
        for (int c = 0; c < 3; c++) {
            double[] sure = {0.05, 0.05, 0.05};
            sure[c] = 0.9;
            assertThat(best(calibration.probabilities(ParagraphCalibration.features(sure, null, 0)))).isEqualTo(c);
        }
    }
}
