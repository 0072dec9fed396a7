package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.sentiment.FeatureVector;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;
import org.newsflow.enrich.engine.sentiment.ParagraphCalibration;
import org.newsflow.enrich.engine.sentiment.SentimentFeatures;
import org.newsflow.enrich.engine.sentiment.TokenRoles;
import org.newsflow.enrich.engine.tone.ToneLexicon;
import org.newsflow.enrich.engine.tone.ToneScorer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled sentiment models on NewsMTSC's training split and reports them on its development split:
 * the per-actor model (how a sentence portrays one person), the sentence model (the tone of a sentence, from
 * labels derived from its targets) and the paragraph calibration that combines the two. Usage: {@code TrainSentiment TRAIN.jsonl DEV.jsonl VECTORS.txt OUT_DIR}.
 */
public final class TrainSentiment {

    public static final String ACTOR_MODEL = "actor-sentiment.model.gz";
    public static final String SENTENCE_MODEL = "sentence-sentiment.model.gz";
    public static final String PARAGRAPH_CALIBRATION = "paragraph-calibration.model.gz";

    private final NlpPipeline nlp = NlpPipeline.english();
    private final SentimentFeatures features = new SentimentFeatures(ToneLexicon.news());
    private final ToneScorer tone = new ToneScorer(ToneLexicon.news());

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
        List<Sample> trainSamples = t.samples(train);
        List<Sample> devSamples = t.samples(dev);
        Examples actorTrain = targetExamples(trainSamples);
        LinearSentimentModel actor = new SoftmaxTrainer(o, vectors).train(actorTrain.xs, actorTrain.labels(),
                "per-actor; NewsMTSC train " + actorTrain.xs.size() + " targets; " + o);
        report("per-actor, NewsMTSC dev (" + devSamples.stream().mapToInt(s -> s.targets.size()).sum()
                + " targets)", actor, targetExamples(devSamples));
        Examples sentenceTrain = sentenceExamples(trainSamples);
        LinearSentimentModel sentence = new SoftmaxTrainer(o, vectors).train(sentenceTrain.xs,
                sentenceTrain.labels(), "sentence; NewsMTSC train " + sentenceTrain.xs.size() + " sentences; " + o);
        Examples sentenceDev = sentenceExamples(devSamples);
        report("sentence, NewsMTSC dev (" + sentenceDev.xs.size() + " sentences)", sentence, sentenceDev);
        LinearSentimentModel calibration = calibration(trainSamples, o, vectors);
        Examples calibrationDev = calibrationExamples(devSamples, sentence, actor);
        report("paragraph, sentence model + actors + lexicon tone calibrated, NewsMTSC dev sentences", calibration,
                calibrationDev.everyOther(0));
        report("paragraph, sentence model + lexicon tone calibrated (actors not given), NewsMTSC dev sentences",
                calibration, calibrationDev.everyOther(1));
        Files.createDirectories(out);
        write(out.resolve(ACTOR_MODEL), actor);
        write(out.resolve(SENTENCE_MODEL), sentence);
        write(out.resolve(PARAGRAPH_CALIBRATION), calibration);
        System.out.printf(Locale.ROOT, "models: %d + %d features, %d words; written to %s in %.1f s%n",
                actor.features(), sentence.features(), actor.words(), out, (System.nanoTime() - t0) / 1e9);
    }

    private static void write(Path file, LinearSentimentModel model) throws IOException {
        try (OutputStream s = Files.newOutputStream(file)) {
            model.write(s);
        }
    }

    /**
     * The paragraph calibration, fitted on predictions for sentences the models did not train on: the training
     * split in {@link #FOLDS} folds, each predicted by models trained on the other folds.
     */
    static LinearSentimentModel calibration(List<Sample> samples, SoftmaxTrainer.Options o, WordVectors vectors) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Sample> in = new ArrayList<>();
            List<Sample> out = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % FOLDS == fold ? out : in).add(samples.get(i));
            }
            Examples a = targetExamples(in);
            Examples s = sentenceExamples(in);
            LinearSentimentModel actor = new SoftmaxTrainer(o, vectors).train(a.xs, a.labels(), "fold");
            LinearSentimentModel sentence = new SoftmaxTrainer(o, vectors).train(s.xs, s.labels(), "fold");
            Examples c = calibrationExamples(out, sentence, actor);
            xs.addAll(c.xs);
            ys.addAll(c.ys);
        }
        SoftmaxTrainer.Options calibrate = new SoftmaxTrainer.Options(30, 0.05, 0, 1, true, o.seed());
        return new SoftmaxTrainer(calibrate, WordVectors.none()).train(xs, ys.stream().mapToInt(Integer::intValue)
                .toArray(), "paragraph calibration; out-of-fold predictions on NewsMTSC train; " + calibrate);
    }

    private static final int FOLDS = 5;

    static Examples calibrationExamples(List<Sample> samples, LinearSentimentModel sentence,
                                       LinearSentimentModel actor) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : samples) {
            double[] mean = new double[LinearSentimentModel.CLASSES];
            for (FeatureVector target : s.targets) {
                double[] p = actor.probabilities(target);
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += p[c] / s.targets.size();
                }
            }
            double[] p = sentence.probabilities(s.sentence);
            // each sentence also without its actors: the calibration serves sentences that name nobody too
            xs.add(ParagraphCalibration.features(p, mean, s.tone));
            ys.add(s.sentenceLabel);
            xs.add(ParagraphCalibration.features(p, null, s.tone));
            ys.add(s.sentenceLabel);
        }
        return new Examples(xs, ys);
    }

    /** A sentence read once: its features, each target's features and labels, and the sentence's label. */
    record Sample(FeatureVector sentence, int sentenceLabel, double tone, List<FeatureVector> targets,
                  List<Integer> labels) {
    }

    /** A sentence's label is the sign of its targets' mean polarity. */
    List<Sample> samples(List<NewsMtsc.Item> items) {
        List<Sample> samples = new ArrayList<>();
        for (NewsMtsc.Item item : items) {
            List<Sentence> sentences = nlp.analyse(item.sentence());
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : sentences) {
                tokens.addAll(s.tokens());
            }
            SentimentFeatures.Prepared prepared = features.prepare(tokens);
            List<FeatureVector> targets = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            int sum = 0;
            for (NewsMtsc.Target target : item.targets()) {
                targets.add(features.target(prepared,
                        TokenRoles.of(tokens, target.spans(), item.spansOfOthers(target))));
                labels.add(target.label());
                sum += target.label() - 1;
            }
            samples.add(new Sample(features.sentence(prepared), Integer.signum(sum) + 1,
                    tone(sentences, item), targets, labels));
        }
        return samples;
    }

    record Examples(List<FeatureVector> xs, List<Integer> ys) {
        int[] labels() {
            return ys.stream().mapToInt(Integer::intValue).toArray();
        }

        Examples everyOther(int offset) {
            List<FeatureVector> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = offset; i < xs.size(); i += 2) {
                x.add(xs.get(i));
                y.add(ys.get(i));
            }
            return new Examples(x, y);
        }
    }

    static Examples targetExamples(List<Sample> samples) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : samples) {
            xs.addAll(s.targets);
            ys.addAll(s.labels);
        }
        return new Examples(xs, ys);
    }

    static Examples sentenceExamples(List<Sample> samples) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : samples) {
            xs.add(s.sentence);
            ys.add(s.sentenceLabel);
        }
        return new Examples(xs, ys);
    }

    /** The lexicon tone as the engine gives it: the sentences' mean, the targets' names not scored. */
    private double tone(List<Sentence> sentences, NewsMtsc.Item item) {
        int length = item.sentence().length();
        boolean[] names = new boolean[length];
        for (NewsMtsc.Target target : item.targets()) {
            for (int[] span : target.spans()) {
                for (int k = span[0]; k < span[1] && k < length; k++) {
                    names[k] = true;
                }
            }
        }
        return tone.score(sentences, names).sentiment().score();
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
