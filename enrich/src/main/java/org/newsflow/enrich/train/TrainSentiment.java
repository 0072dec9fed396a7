package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.sentiment.FeatureVector;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;
import org.newsflow.enrich.engine.sentiment.SentimentFeatures;
import org.newsflow.enrich.engine.sentiment.TokenRoles;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled sentiment models on NewsMTSC's training split and reports them on its development split:
 * the per-actor model (how a sentence portrays one person) and the sentence model (the tone of a sentence, from
 * labels derived from its targets). Usage: {@code TrainSentiment TRAIN.jsonl DEV.jsonl VECTORS.txt OUT_DIR}.
 */
public final class TrainSentiment {

    public static final String ACTOR_MODEL = "actor-sentiment.model.gz";
    public static final String SENTENCE_MODEL = "sentence-sentiment.model.gz";

    private final NlpPipeline nlp = NlpPipeline.english();
    private final SentimentFeatures features = new SentimentFeatures(ToneLexicon.news());

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: TrainSentiment TRAIN.jsonl DEV.jsonl VECTORS.txt|none OUT_DIR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        TrainSentiment t = new TrainSentiment();
        List<NewsMtsc.Item> train = NewsMtsc.read(Path.of(args[0]));
        List<NewsMtsc.Item> dev = NewsMtsc.read(Path.of(args[1]));
        WordVectors vectors = args[2].equals("none") ? WordVectors.none() : WordVectors.read(Path.of(args[2]));
        Path out = Path.of(args[3]);
        SoftmaxTrainer.Options o = SoftmaxTrainer.Options.defaults();
        o = new SoftmaxTrainer.Options(Integer.getInteger("epochs", o.epochs()),
                Double.parseDouble(System.getProperty("rate", "" + o.rate())),
                Double.parseDouble(System.getProperty("l2", "" + o.l2())),
                Integer.getInteger("minCount", o.minCount()), !Boolean.getBoolean("unbalanced"), o.seed());
        Examples actorTrain = t.targetExamples(train);
        Examples actorDev = t.targetExamples(dev);
        LinearSentimentModel actor = new SoftmaxTrainer(o, vectors).train(actorTrain.xs, actorTrain.labels(),
                "per-actor; NewsMTSC train " + actorTrain.xs.size() + " targets; " + o);
        report("per-actor, NewsMTSC dev (" + actorDev.xs.size() + " targets)", actor, actorDev);
        Examples sentenceTrain = t.sentenceExamples(train);
        Examples sentenceDev = t.sentenceExamples(dev);
        LinearSentimentModel sentence = new SoftmaxTrainer(o, vectors).train(sentenceTrain.xs,
                sentenceTrain.labels(), "sentence; NewsMTSC train " + sentenceTrain.xs.size() + " sentences; " + o);
        report("sentence, NewsMTSC dev (" + sentenceDev.xs.size() + " sentences)", sentence, sentenceDev);
        Files.createDirectories(out);
        try (OutputStream s = Files.newOutputStream(out.resolve(ACTOR_MODEL))) {
            actor.write(s);
        }
        try (OutputStream s = Files.newOutputStream(out.resolve(SENTENCE_MODEL))) {
            sentence.write(s);
        }
        System.out.printf(Locale.ROOT, "models: %d + %d features, %d words; written to %s in %.1f s%n",
                actor.features(), sentence.features(), actor.words(), out, (System.nanoTime() - t0) / 1e9);
    }

    record Examples(List<FeatureVector> xs, List<Integer> ys) {
        int[] labels() {
            return ys.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Examples targetExamples(List<NewsMtsc.Item> items) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (NewsMtsc.Item item : items) {
            List<Token> tokens = tokens(item.sentence());
            for (NewsMtsc.Target target : item.targets()) {
                List<int[]> own = target.spans();
                List<int[]> others = item.spansOfOthers(target);
                xs.add(features.target(tokens, TokenRoles.of(tokens, own, others)));
                ys.add(target.label());
            }
        }
        return new Examples(xs, ys);
    }

    /** A sentence's label: the sign of its targets' mean polarity. */
    Examples sentenceExamples(List<NewsMtsc.Item> items) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (NewsMtsc.Item item : items) {
            int sum = 0;
            for (NewsMtsc.Target target : item.targets()) {
                sum += target.label() - 1;
            }
            xs.add(features.sentence(tokens(item.sentence())));
            ys.add(Integer.signum(sum) + 1);
        }
        return new Examples(xs, ys);
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : nlp.analyse(text)) {
            tokens.addAll(s.tokens());
        }
        return tokens;
    }

    static void report(String what, LinearSentimentModel model, Examples dev) {
        int[][] confusion = new int[3][3];
        for (int i = 0; i < dev.xs.size(); i++) {
            double[] p = model.probabilities(dev.xs.get(i));
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            confusion[dev.ys.get(i)][best]++;
        }
        System.out.println(what + ": " + Scores.of(confusion));
    }
}
