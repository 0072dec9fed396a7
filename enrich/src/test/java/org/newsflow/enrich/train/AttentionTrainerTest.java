package org.newsflow.enrich.train;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.sentiment.AttentionSentimentModel;
import org.newsflow.enrich.engine.sentiment.SentimentFeatures;
import org.newsflow.enrich.engine.sentiment.TargetSequence;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttentionTrainerTest {

    private static final SentimentFeatures FEATURES = new SentimentFeatures(ToneLexicon.news());
    private static final NlpPipeline NLP = NlpPipeline.english();

    /** Random vectors: the task must be learned from where words stand, not from what the vectors mean. */
    private static WordVectors vectors() {
        Random random = new Random(7);
        Map<String, float[]> v = new LinkedHashMap<>();
        for (String w : List.of("zorp", "quonk", "ann", "table", "river", "window", "garden", "paper", "stone",
                "cloud", ".")) {
            float[] x = new float[8];
            for (int k = 0; k < x.length; k++) {
                x[k] = (float) random.nextGaussian();
            }
            v.put(w, x);
        }
        return new WordVectors(v, 8);
    }

    /** The target "Ann" followed by {@code next}, the other cue word far away: only the position decides. */
    private static TargetSequence sequence(String next, String far, String filler) {
        String text = "Ann " + next + " " + filler + " " + filler + " " + filler + " " + filler + " " + far + " .";
        List<Token> tokens = new ArrayList<>();
        NLP.analyse(text).forEach(s -> tokens.addAll(s.tokens()));
        byte[] roles = new byte[tokens.size()];
        roles[0] = SentimentFeatures.TARGET;
        return TargetSequence.of(FEATURES.prepare(tokens), roles);
    }

    private static AttentionSentimentModel train(List<TargetSequence> xs, int[] ys) {
        return new AttentionTrainer(new AttentionTrainer.Options(8, 3, 30, 0.01, 1e-5, 0.1, 3L), vectors())
                .train(xs, ys, "test");
    }

    @Test
    void learnsWhichSideOfTheTargetAWordStandsOnAndGivesTheSameBytesEveryTime() throws IOException {
        List<TargetSequence> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String filler : List.of("table", "river", "window", "garden", "paper")) {
                xs.add(sequence("zorp", "quonk", filler));
                ys.add(0);
                xs.add(sequence("quonk", "zorp", filler));
                ys.add(2);
            }
        }
        int[] labels = ys.stream().mapToInt(Integer::intValue).toArray();
        AttentionSentimentModel model = train(xs, labels);
        // fillers never seen in training
        for (String filler : List.of("stone", "cloud")) {
            assertThat(argmax(model.probabilities(sequence("zorp", "quonk", filler)))).isEqualTo(0);
            assertThat(argmax(model.probabilities(sequence("quonk", "zorp", filler)))).isEqualTo(2);
        }

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.write(first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        train(xs, labels).write(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());

        AttentionSentimentModel read = AttentionSentimentModel.read(new ByteArrayInputStream(first.toByteArray()));
        TargetSequence probe = sequence("zorp", "quonk", "stone");
        double[] before = model.probabilities(probe);
        double[] after = read.probabilities(probe);
        for (int c = 0; c < 3; c++) {
            // written with three significant digits
            assertThat(after[c]).isCloseTo(before[c], org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void refusesAFileThatIsNotAnAttentionModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("newsflow-sentiment-model\tlinear\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> AttentionSentimentModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("not an attention sentiment model");
    }

    private static int argmax(double[] p) {
        return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    }
}
