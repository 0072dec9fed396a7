package org.newsflow.enrich.engine.sentiment;

import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;
import org.newsflow.enrich.engine.resolve.ResolvedMention;
import org.newsflow.enrich.engine.tone.ToneLexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learned sentiment: how a paragraph portrays each of its actors (the per-actor models, a linear one and an
 * attention one, combined, over the sentences that mention the actor, with the actor's own mentions as the target
 * and other actors' mentions marked as such) and
 * the paragraph's sentiment (per sentence, the sentence model calibrated with the portrayal of the sentence's
 * actors and its lexicon tone). A score is p(positive) - p(negative) of the class probabilities averaged over the sentences, in -1..1;
 * the label is the most probable class. The models and the calibration are trained by
 * {@code org.newsflow.enrich.train.TrainSentiment} and bundled. Thread-safe.
 */
public final class SentimentScorer {

    public static final String ACTOR_MODEL = "/org/newsflow/enrich/sentiment/actor-sentiment.model.gz";
    public static final String SENTENCE_MODEL = "/org/newsflow/enrich/sentiment/sentence-sentiment.model.gz";
    public static final String ACTOR_ATTENTION_MODEL =
            "/org/newsflow/enrich/sentiment/actor-attention.model.gz";
    public static final String ACTOR_COMBINATION = "/org/newsflow/enrich/sentiment/actor-combination.model.gz";
    public static final String PARAGRAPH_CALIBRATION =
            "/org/newsflow/enrich/sentiment/paragraph-calibration.model.gz";

    private final SentimentFeatures features;
    private final LinearSentimentModel actorModel;
    private final AttentionSentimentModel actorAttention;
    private final LinearSentimentModel actorCombination;
    private final LinearSentimentModel sentenceModel;
    private final LinearSentimentModel calibration;

    /**
     * @param actorAttention   the second reader of a target, combined with {@code actorModel}
     * @param actorCombination over {@link ActorCombination#features}: the two per-actor readers combined
     * @param calibration      over {@link ParagraphCalibration#features}: sentence and actor views combined
     */
    public SentimentScorer(SentimentFeatures features, LinearSentimentModel actorModel,
                           AttentionSentimentModel actorAttention, LinearSentimentModel actorCombination,
                           LinearSentimentModel sentenceModel, LinearSentimentModel calibration) {
        this.features = features;
        this.actorModel = actorModel;
        this.actorAttention = actorAttention;
        this.actorCombination = actorCombination;
        this.sentenceModel = sentenceModel;
        this.calibration = calibration;
    }

    /** The bundled models; their features use the news lexicon they were trained with. */
    public static SentimentScorer bundled() {
        return new SentimentScorer(new SentimentFeatures(ToneLexicon.news()),
                LinearSentimentModel.resource(ACTOR_MODEL), AttentionSentimentModel.resource(ACTOR_ATTENTION_MODEL),
                LinearSentimentModel.resource(ACTOR_COMBINATION), LinearSentimentModel.resource(SENTENCE_MODEL),
                LinearSentimentModel.resource(PARAGRAPH_CALIBRATION));
    }

    /** How one sentence portrays the target whose tokens have the role {@link SentimentFeatures#TARGET}. */
    public double[] portrayal(SentimentFeatures.Prepared sentence, byte[] roles) {
        double[] linear = actorModel.probabilities(features.target(sentence, roles), sentence.actorLookups);
        TargetSequence sequence = TargetSequence.of(sentence, roles);
        if (sentence.attentionInputs == null) {
            sentence.attentionInputs = actorAttention.wordInputs(sequence);
        }
        double[] attention = actorAttention.probabilities(sequence, sentence.attentionInputs);
        return actorCombination.probabilities(ActorCombination.features(linear, attention));
    }

    /** Each actor's sentiment by actor id, and the paragraph's. */
    public record Scored(Map<String, Sentiment> actors, Sentiment paragraph) {
    }

    /**
     * Each actor's sentiment from the per-actor model over the sentences that mention it, and the paragraph's:
     * per sentence, the sentence model calibrated with the mean portrayal of the sentence's actors and the
     * sentence's lexicon tone, averaged over the sentences.
     */
    /** @param sentenceTone each sentence's lexicon tone in -1..1, actor names not scored */
    public Scored score(List<Sentence> sentences, List<ResolvedMention> mentions, double[] sentenceTone) {
        int n = sentences.size();
        SentimentFeatures.Prepared[] prepared = new SentimentFeatures.Prepared[n];
        double[][] actorSums = new double[n][LinearSentimentModel.CLASSES];
        int[] actorCounts = new int[n];
        Map<String, Sentiment> actors = new LinkedHashMap<>();
        for (String id : actorIds(mentions)) {
            List<int[]> own = new ArrayList<>();
            List<int[]> others = new ArrayList<>();
            for (ResolvedMention m : mentions) {
                (m.actor().id().equals(id) ? own : others).add(new int[] {m.start(), m.end()});
            }
            actors.put(id, target(sentences, prepared, own, others, actorSums, actorCounts));
        }
        double[] sum = new double[LinearSentimentModel.CLASSES];
        int counted = 0;
        for (int k = 0; k < n; k++) {
            List<Token> tokens = sentences.get(k).tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            if (prepared[k] == null) {
                prepared[k] = features.prepare(tokens);
            }
            double[] actorMean = null;
            if (actorCounts[k] > 0) {
                actorMean = actorSums[k];
                for (int c = 0; c < actorMean.length; c++) {
                    actorMean[c] /= actorCounts[k];
                }
            }
            double[] p = sentenceModel.probabilities(features.sentence(prepared[k]));
            add(sum, calibration.probabilities(ParagraphCalibration.features(p, actorMean, sentenceTone[k])));
            counted++;
        }
        return new Scored(actors, counted == 0 ? Sentiment.NEUTRAL : sentiment(sum, counted));
    }

    private static Set<String> actorIds(List<ResolvedMention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (ResolvedMention m : mentions) {
            ids.add(m.actor().id());
        }
        return ids;
    }

    /**
     * How the sentences portray one target: the per-actor model over each sentence holding one of the target's
     * mentions, probabilities averaged.
     *
     * @param target character spans of the target's mentions, as {start, end} pairs
     * @param others character spans of other actors' mentions
     */
    public Sentiment target(List<Sentence> sentences, List<int[]> target, List<int[]> others) {
        int n = sentences.size();
        return target(sentences, new SentimentFeatures.Prepared[n], target, others, new double[n][LinearSentimentModel.CLASSES],
                new int[n]);
    }

    /**
     * @param prepared    sentences already prepared, filled in as needed: shared by the actors of a paragraph
     * @param actorSums   per sentence, the sum of its actors' class probabilities; this target's are added
     * @param actorCounts per sentence, how many actors were added to {@code actorSums}
     */
    private Sentiment target(List<Sentence> sentences, SentimentFeatures.Prepared[] prepared, List<int[]> target,
                             List<int[]> others, double[][] actorSums, int[] actorCounts) {
        double[] sum = new double[LinearSentimentModel.CLASSES];
        int counted = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (!overlaps(s, target)) {
                continue;
            }
            byte[] roles = TokenRoles.of(s.tokens(), target, others);
            boolean mentioned = false;
            for (byte r : roles) {
                mentioned |= r == SentimentFeatures.TARGET;
            }
            if (mentioned) {
                if (prepared[k] == null) {
                    prepared[k] = features.prepare(s.tokens());
                }
                double[] p = portrayal(prepared[k], roles);
                add(sum, p);
                add(actorSums[k], p);
                actorCounts[k]++;
                counted++;
            }
        }
        return counted == 0 ? Sentiment.NEUTRAL : sentiment(sum, counted);
    }

    private static boolean overlaps(Sentence s, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] < s.end() && s.start() < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static void add(double[] sum, double[] p) {
        for (int c = 0; c < sum.length; c++) {
            sum[c] += p[c];
        }
    }

    private static Sentiment sentiment(double[] sum, int n) {
        double neg = sum[0] / n;
        double neu = sum[1] / n;
        double pos = sum[2] / n;
        SentimentLabel label = neg >= neu && neg >= pos ? SentimentLabel.NEGATIVE
                : neu >= pos ? SentimentLabel.NEUTRAL : SentimentLabel.POSITIVE;
        return new Sentiment(Math.round((pos - neg) * 10000.0) / 10000.0, label);
    }
}
