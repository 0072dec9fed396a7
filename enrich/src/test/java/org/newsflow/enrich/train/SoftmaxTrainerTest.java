package org.newsflow.enrich.train;

import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.sentiment.FeatureVector;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.sentiment.SentimentFeatures;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SoftmaxTrainerTest {

    private static final SentimentFeatures FEATURES = new SentimentFeatures(ToneLexicon.news());
    private static final NlpPipeline NLP = NlpPipeline.english();

    private static FeatureVector sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        NLP.analyse(text).forEach(s -> tokens.addAll(s.tokens()));
        return FEATURES.sentence(tokens);
    }

    private static LinearSentimentModel train(List<FeatureVector> xs, int[] ys) {
        return new SoftmaxTrainer(SoftmaxTrainer.Options.defaults(), WordVectors.none()).train(xs, ys, "test");
    }

    @Test
    void learnsSeparableClassesAndGivesTheSameBytesEveryTime() throws IOException {
        String[] negative = {"The zorp was a disaster.", "Another zorp, another disaster.", "Zorp disaster again."};
        String[] neutral = {"The blick met on Tuesday.", "Blick meetings are on Tuesday.", "Tuesday blick."};
        String[] positive = {"The quonk was a triumph.", "Another quonk triumph.", "Quonk triumph again."};
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String s : negative) {
                xs.add(sentence(s));
                ys.add(0);
            }
            for (String s : neutral) {
                xs.add(sentence(s));
                ys.add(1);
            }
            for (String s : positive) {
                xs.add(sentence(s));
                ys.add(2);
            }
        }
        int[] labels = ys.stream().mapToInt(Integer::intValue).toArray();
        LinearSentimentModel model = train(xs, labels);
        assertThat(argmax(model.probabilities(sentence("A zorp.")))).isEqualTo(0);
        assertThat(argmax(model.probabilities(sentence("A blick.")))).isEqualTo(1);
        assertThat(argmax(model.probabilities(sentence("A quonk.")))).isEqualTo(2);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.write(first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        train(xs, labels).write(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void readsNewsMtscTargetsWithTheirMentionsAndLabels(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("sample.jsonl");
        Files.writeString(file, "{\"primary_gid\": \"x\", \"sentence_normalized\": \"Ann blamed Bob for her loss.\", "
                + "\"targets\": [{\"Input.gid\": \"x\", \"from\": 0, \"to\": 3, \"mention\": \"Ann\", \"polarity\": 2.0, "
                + "\"further_mentions\": [{\"from\": 19, \"to\": 22, \"mention\": \"her\"}]}, "
                // offsets counted differently (code points before an emoji, say) are found again by the text
                + "{\"Input.gid\": \"y\", \"from\": 12, \"to\": 15, \"mention\": \"Bob\", \"polarity\": 4.0}]}\n");
        List<NewsMtsc.Item> items = NewsMtsc.read(file);
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.targets()).extracting(NewsMtsc.Target::label).containsExactly(0, 1);
            assertThat(item.targets().get(0).mentions())
                    .containsExactly(new NewsMtsc.Span(0, 3), new NewsMtsc.Span(19, 22));
            assertThat(item.targets().get(1).mentions()).containsExactly(new NewsMtsc.Span(11, 14));
        });
    }

    private static int argmax(double[] p) {
        return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    }
}
