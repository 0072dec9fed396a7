package org.newsflow.enrich.train;

import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.sentiment.FeatureVector;
import org.newsflow.enrich.engine.sentiment.LinearSentimentModel;
import org.newsflow.enrich.engine.sentiment.ParagraphCalibration;
import org.newsflow.enrich.engine.sentiment.SentimentFeatures;
import org.newsflow.enrich.engine.sentiment.TargetSequence;
import org.newsflow.enrich.engine.sentiment.AttentionSentimentModel;
import org.newsflow.enrich.engine.sentiment.ActorCombination;
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
 * labels derived from its targets) and the paragraph calibration that combines the two. The per-actor reading is
 * two models, a linear one and an attention one, and their combination. Usage: {@code TrainSentiment TRAIN.jsonl
 * DEV.jsonl VECTORS.txt OUT_DIR}; with {@code -Dcv=true} it only prints the 5-fold cross-validation on the training
 * split of the per-actor models (how their settings were chosen) and writes nothing.
 */
public final class TrainSentiment {

    public static final String ACTOR_MODEL = "actor-sentiment.model.gz";
    public static final String SENTENCE_MODEL = "sentence-sentiment.model.gz";
    public static final String PARAGRAPH_CALIBRATION = "paragraph-calibration.model.gz";
    public static final String ACTOR_ATTENTION_MODEL = "actor-attention.model.gz";
    public static final String ACTOR_COMBINATION = "actor-combination.model.gz";

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
        if (Boolean.getBoolean("cv")) {
            crossValidate(trainSamples, devSamples, o, AttentionTrainer.Options.defaults(), vectors);
            return;
        }
        AttentionTrainer.Options a = AttentionTrainer.Options.defaults();
        Examples actorTrain = targetExamples(trainSamples);
        Examples actorDev = targetExamples(devSamples);
        String devTargets = "NewsMTSC dev (" + actorDev.xs.size() + " targets)";
        LinearSentimentModel actor = new SoftmaxTrainer(o, vectors).train(actorTrain.xs, actorTrain.labels(),
                "per-actor; NewsMTSC train " + actorTrain.xs.size() + " targets; " + o);
        report("per-actor linear, " + devTargets, actor::probabilities, actorDev.xs, actorDev.ys);
        AttentionSentimentModel attention = new AttentionTrainer(a, vectors).train(sequences(trainSamples),
                actorTrain.labels(), "per-actor attention; NewsMTSC train " + actorTrain.xs.size() + " targets; " + a);
        report("per-actor attention, " + devTargets, attention::probabilities, sequences(devSamples), actorDev.ys);
        Examples sentenceTrain = sentenceExamples(trainSamples);
        LinearSentimentModel sentence = new SoftmaxTrainer(o, vectors).train(sentenceTrain.xs,
                sentenceTrain.labels(), "sentence; NewsMTSC train " + sentenceTrain.xs.size() + " sentences; " + o);
        Examples sentenceDev = sentenceExamples(devSamples);
        report("sentence, NewsMTSC dev (" + sentenceDev.xs.size() + " sentences)", sentence::probabilities,
                sentenceDev.xs, sentenceDev.ys);
        Combined combined = combined(trainSamples, o, a, vectors);
        Portrayal portrayal = (sample, k) -> combined.actors.probabilities(ActorCombination.features(
                actor.probabilities(sample.targets.get(k)), attention.probabilities(sample.sequences.get(k))));
        List<double[]> devPortrayals = new ArrayList<>();
        for (Sample sample : devSamples) {
            for (int k = 0; k < sample.targets.size(); k++) {
                devPortrayals.add(portrayal.probabilities(sample, k));
            }
        }
        report("per-actor linear + attention combined, " + devTargets, devPortrayals::get,
                java.util.stream.IntStream.range(0, devPortrayals.size()).boxed().toList(), actorDev.ys);
        Examples calibrationDev = calibrationExamples(devSamples, sentence, portrayal);
        report("paragraph, sentence model + actors + lexicon tone calibrated, NewsMTSC dev sentences",
                combined.paragraph::probabilities, calibrationDev.everyOther(0).xs, calibrationDev.everyOther(0).ys);
        report("paragraph, sentence model + lexicon tone calibrated (actors not given), NewsMTSC dev sentences",
                combined.paragraph::probabilities, calibrationDev.everyOther(1).xs, calibrationDev.everyOther(1).ys);
        Files.createDirectories(out);
        write(out.resolve(ACTOR_MODEL), actor);
        try (OutputStream stream = Files.newOutputStream(out.resolve(ACTOR_ATTENTION_MODEL))) {
            attention.write(stream);
        }
        write(out.resolve(ACTOR_COMBINATION), combined.actors);
        write(out.resolve(SENTENCE_MODEL), sentence);
        write(out.resolve(PARAGRAPH_CALIBRATION), combined.paragraph);
        System.out.printf(Locale.ROOT, "models: %d + %d features, %d words; written to %s in %.1f s%n",
                actor.features(), sentence.features(), actor.words(), out, (System.nanoTime() - t0) / 1e9);
    }

    private static void write(Path file, LinearSentimentModel model) throws IOException {
        try (OutputStream s = Files.newOutputStream(file)) {
            model.write(s);
        }
    }

    /** How the per-actor reader portrays target {@code k} of a sample. */
    interface Portrayal {
        double[] probabilities(Sample sample, int k);
    }

    /** The per-actor combination and the paragraph calibration. */
    record Combined(LinearSentimentModel actors, LinearSentimentModel paragraph) {
    }

    /** One fold of {@link #FOLDS}: the samples trained on and the held-out ones they predict. */
    private record Split(List<Sample> in, List<Sample> out) {
    }

    private static Split split(List<Sample> samples, int fold) {
        List<Sample> in = new ArrayList<>();
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            (i % FOLDS == fold ? out : in).add(samples.get(i));
        }
        return new Split(in, out);
    }

    /**
     * The per-actor combination and the paragraph calibration, both fitted on predictions for sentences the models
     * did not train on: the training split in {@link #FOLDS} folds, each predicted by models trained on the other
     * folds.
     */
    static Combined combined(List<Sample> samples, SoftmaxTrainer.Options o, AttentionTrainer.Options a,
                             WordVectors vectors) {
        java.util.Map<Sample, double[][]> linear = new java.util.IdentityHashMap<>();
        java.util.Map<Sample, double[][]> attention = new java.util.IdentityHashMap<>();
        java.util.Map<Sample, double[]> sentences = new java.util.IdentityHashMap<>();
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Split split = split(samples, fold);
            List<Sample> in = split.in();
            List<Sample> out = split.out();
            Examples t = targetExamples(in);
            Examples s = sentenceExamples(in);
            LinearSentimentModel actor = new SoftmaxTrainer(o, vectors).train(t.xs, t.labels(), "fold");
            AttentionSentimentModel reader = new AttentionTrainer(a, vectors).train(sequences(in), t.labels(), "fold");
            LinearSentimentModel sentence = new SoftmaxTrainer(o, vectors).train(s.xs, s.labels(), "fold");
            for (Sample sample : out) {
                int n = sample.targets.size();
                double[][] l = new double[n][];
                double[][] r = new double[n][];
                for (int k = 0; k < n; k++) {
                    l[k] = actor.probabilities(sample.targets.get(k));
                    r[k] = reader.probabilities(sample.sequences.get(k));
                    xs.add(ActorCombination.features(l[k], r[k]));
                    ys.add(sample.labels.get(k));
                }
                linear.put(sample, l);
                attention.put(sample, r);
                sentences.put(sample, sentence.probabilities(sample.sentence));
            }
        }
        LinearSentimentModel actors = combiner(xs, ys, o.seed());
        List<FeatureVector> cx = new ArrayList<>();
        List<Integer> cy = new ArrayList<>();
        for (Sample sample : samples) {
            Examples c = calibrationExamples(List.of(sample), sentences.get(sample), (s, k) -> actors.probabilities(
                    ActorCombination.features(linear.get(s)[k], attention.get(s)[k])));
            cx.addAll(c.xs);
            cy.addAll(c.ys);
        }
        SoftmaxTrainer.Options calibrate = new SoftmaxTrainer.Options(30, 0.05, 0, 1, true, o.seed());
        LinearSentimentModel paragraph = new SoftmaxTrainer(calibrate, WordVectors.none()).train(cx,
                cy.stream().mapToInt(Integer::intValue).toArray(),
                "paragraph calibration; out-of-fold predictions on NewsMTSC train; " + calibrate);
        return new Combined(actors, paragraph);
    }

    private static final int FOLDS = 5;

    /**
     * Settings are chosen here, on the training split alone: each fold predicted by the linear and the attention
     * model trained on the other folds; the combination of the two is scored by the same folds over those
     * held-out predictions. The development split is printed for the models trained on the whole training split.
     */
    static void crossValidate(List<Sample> samples, List<Sample> dev, SoftmaxTrainer.Options o,
                              AttentionTrainer.Options a, WordVectors vectors) {
        long t0 = System.nanoTime();
        List<double[]> linear = new ArrayList<>();
        List<double[]> attention = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        List<Integer> foldOf = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Split split = split(samples, fold);
            List<Sample> in = split.in();
            List<Sample> out = split.out();
            Examples e = targetExamples(in);
            LinearSentimentModel lin = new SoftmaxTrainer(o, vectors).train(e.xs, e.labels(), "fold");
            AttentionSentimentModel att = new AttentionTrainer(a, vectors).train(sequences(in), e.labels(), "fold");
            for (Sample s : out) {
                for (int k = 0; k < s.targets.size(); k++) {
                    linear.add(lin.probabilities(s.targets.get(k)));
                    attention.add(att.probabilities(s.sequences.get(k)));
                    gold.add(s.labels.get(k));
                    foldOf.add(fold);
                }
            }
        }
        System.out.println("CV linear:    " + Scores.of(confusion(linear, gold)));
        System.out.println("CV attention: " + Scores.of(confusion(attention, gold)));
        List<double[]> averaged = new ArrayList<>();
        for (int i = 0; i < linear.size(); i++) {
            double[] p = new double[3];
            for (int c = 0; c < 3; c++) {
                p[c] = linear.get(i)[c] + attention.get(i)[c];
            }
            averaged.add(p);
        }
        System.out.println("CV mean:      " + Scores.of(confusion(averaged, gold)));
        List<double[]> combined = new ArrayList<>(java.util.Collections.nCopies(linear.size(), (double[]) null));
        for (int fold = 0; fold < FOLDS; fold++) {
            List<FeatureVector> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (int i = 0; i < linear.size(); i++) {
                if (foldOf.get(i) != fold) {
                    xs.add(ActorCombination.features(linear.get(i), attention.get(i)));
                    ys.add(gold.get(i));
                }
            }
            LinearSentimentModel combiner = combiner(xs, ys, o.seed());
            for (int i = 0; i < linear.size(); i++) {
                if (foldOf.get(i) == fold) {
                    combined.set(i, combiner.probabilities(ActorCombination.features(linear.get(i), attention.get(i))));
                }
            }
        }
        System.out.println("CV combined:  " + Scores.of(confusion(combined, gold)));
        if (Boolean.getBoolean("cvDev")) {
            Examples e = targetExamples(samples);
            AttentionSentimentModel att = new AttentionTrainer(a, vectors).train(sequences(samples), e.labels(), "all");
            List<double[]> p = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (Sample s : dev) {
                for (int k = 0; k < s.targets.size(); k++) {
                    p.add(att.probabilities(s.sequences.get(k)));
                    y.add(s.labels.get(k));
                }
            }
            System.out.println("dev attention: " + Scores.of(confusion(p, y)));
        }
        System.out.printf(Locale.ROOT, "%s %s in %.1f s%n", o, a, (System.nanoTime() - t0) / 1e9);
    }

    static LinearSentimentModel combiner(List<FeatureVector> xs, List<Integer> ys, long seed) {
        SoftmaxTrainer.Options combine = new SoftmaxTrainer.Options(30, 0.05, 0, 1, true, seed);
        return new SoftmaxTrainer(combine, WordVectors.none()).train(xs,
                ys.stream().mapToInt(Integer::intValue).toArray(), "per-actor combination of the linear and the "
                        + "attention model; out-of-fold predictions on NewsMTSC train; " + combine);
    }

    static List<TargetSequence> sequences(List<Sample> samples) {
        List<TargetSequence> xs = new ArrayList<>();
        for (Sample s : samples) {
            xs.addAll(s.sequences);
        }
        return xs;
    }

    static int[][] confusion(List<double[]> ps, List<Integer> gold) {
        int[][] confusion = new int[3][3];
        for (int i = 0; i < ps.size(); i++) {
            double[] p = ps.get(i);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            confusion[gold.get(i)][best]++;
        }
        return confusion;
    }

    static Examples calibrationExamples(List<Sample> samples, LinearSentimentModel sentence, Portrayal actor) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : samples) {
            Examples e = calibrationExamples(List.of(s), sentence.probabilities(s.sentence), actor);
            xs.addAll(e.xs);
            ys.addAll(e.ys);
        }
        return new Examples(xs, ys);
    }

    /** @param p the sentence model's probabilities for the one sample */
    private static Examples calibrationExamples(List<Sample> one, double[] p, Portrayal actor) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : one) {
            double[] mean = new double[LinearSentimentModel.CLASSES];
            for (int k = 0; k < s.targets.size(); k++) {
                double[] q = actor.probabilities(s, k);
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += q[c] / s.targets.size();
                }
            }
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
                  List<TargetSequence> sequences, List<Integer> labels) {
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
            List<TargetSequence> sequences = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            int sum = 0;
            for (NewsMtsc.Target target : item.targets()) {
                byte[] roles = TokenRoles.of(tokens, target.spans(), item.spansOfOthers(target));
                targets.add(features.target(prepared, roles));
                sequences.add(TargetSequence.of(prepared, roles));
                labels.add(target.label());
                sum += target.label() - 1;
            }
            samples.add(new Sample(features.sentence(prepared), Integer.signum(sum) + 1,
                    tone(sentences, item), targets, sequences, labels));
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

    static <X> void report(String what, java.util.function.Function<X, double[]> model, List<X> xs,
                           List<Integer> ys) {
        List<double[]> ps = new ArrayList<>();
        for (X x : xs) {
            ps.add(model.apply(x));
        }
        System.out.println(what + ": " + Scores.of(confusion(ps, ys)));
    }
}
