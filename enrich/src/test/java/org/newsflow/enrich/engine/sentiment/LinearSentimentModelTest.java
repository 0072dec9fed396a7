package org.newsflow.enrich.engine.sentiment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearSentimentModelTest {

    private static FeatureVector example() {
        FeatureVector f = new FeatureVector();
        f.add("bias");
        f.add(FeatureVector.WORD, "good", 2f); // found under its full name "w:good"
        f.add(FeatureVector.NEAR_LEFT, "good", 1f); // "nL:good": not in the model
        f.addWord("fine", 1f, 0f, 0f, 0f, 1f);
        f.addWord("unknown", 1f, 0f, 0f, 0f, 0f);
        return f;
    }

    private static LinearSentimentModel model() {
        return new LinearSentimentModel("test", Map.of("bias", new float[] {0.1f, 0.2f, 0f},
                "w:good", new float[] {-1f, 0f, 1f}), Map.of("fine", new float[] {0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5f, 0, 0}));
    }

    @Test
    void combinesSparseWeightsAndRegionAveragedWordScores() {
        double[] p = model().probabilities(example());
        // z = bias + 2 * w:good + (left region: "fine" scores half, "unknown" nothing) + (clause region: "fine"
        // alone, its whole score) = (-1.9 + 0.5, 0.2, 3.0)
        double[] z = {-1.4, 0.2, 3.0};
        double norm = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
        for (int c = 0; c < 3; c++) {
            assertThat(p[c]).isCloseTo(Math.exp(z[c]) / norm, within(1e-6));
        }
    }

    @Test
    void lookupsRememberedForASentenceGiveTheSameProbabilities() {
        LinearSentimentModel model = model();
        LinearSentimentModel.Lookups memo = new LinearSentimentModel.Lookups();
        double[] plain = model.probabilities(example());
        assertThat(model.probabilities(example(), memo)).containsExactly(plain);
        assertThat(model.probabilities(example(), memo)).containsExactly(plain); // second time from the memo
        FeatureVector other = new FeatureVector();
        other.add(FeatureVector.WORD, "good", 1f);
        assertThat(model.probabilities(other, memo)).containsExactly(model.probabilities(other));
    }

    @Test
    void writesAndReadsTheSameModelAndTheSameBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model().write(first);
        LinearSentimentModel read = LinearSentimentModel.read(new ByteArrayInputStream(first.toByteArray()));
        assertThat(read.probabilities(example())).containsExactly(model().probabilities(example()), within(1e-6));
        assertThat(read.description()).isEqualTo("test");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        read.write(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void rejectsAFileThatIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("hello\n".getBytes());
        }
        assertThatThrownBy(() -> LinearSentimentModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a sentiment model");
    }

    @Test
    void theBundledModelsLoad() {
        SentimentScorer.bundled();
        assertThat(LinearSentimentModel.resource(SentimentScorer.ACTOR_MODEL).features()).isGreaterThan(10_000);
        assertThat(LinearSentimentModel.resource(SentimentScorer.SENTENCE_MODEL).words()).isEqualTo(10_000);
    }
}
