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
 * Learned sentiment: how a paragraph portrays each of its actors (the per-actor model, over the sentences that
 * mention the actor, with the actor's own mentions as the target and other actors' mentions marked as such) and
 * the paragraph's sentiment (the sentence model over every sentence). A score is p(positive) - p(negative) of the
 * class probabilities averaged over the sentences, in -1..1; the label is the most probable class. Both models are
 * trained by {@code org.newsflow.enrich.train.TrainSentiment} and bundled. Thread-safe.
 */
public final class SentimentScorer {

    public static final String ACTOR_MODEL = "/org/newsflow/enrich/sentiment/actor-sentiment.model.gz";
    public static final String SENTENCE_MODEL = "/org/newsflow/enrich/sentiment/sentence-sentiment.model.gz";

    private final SentimentFeatures features;
    private final LinearSentimentModel actorModel;
    private final LinearSentimentModel sentenceModel;

    public SentimentScorer(SentimentFeatures features, LinearSentimentModel actorModel,
                           LinearSentimentModel sentenceModel) {
        this.features = features;
        this.actorModel = actorModel;
        this.sentenceModel = sentenceModel;
    }

    /** The bundled models; their features use the news lexicon they were trained with. */
    public static SentimentScorer bundled() {
        return new SentimentScorer(new SentimentFeatures(ToneLexicon.news()),
                LinearSentimentModel.resource(ACTOR_MODEL), LinearSentimentModel.resource(SENTENCE_MODEL));
    }

    /** The paragraph's sentiment from the sentence model. */
    public Sentiment paragraph(List<Sentence> sentences) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : sentences) {
            tokens.addAll(s.tokens());
        }
        return tokens.isEmpty() ? Sentiment.NEUTRAL
                : sentiment(sentenceModel.probabilities(features.sentence(tokens)), 1);
    }

    /** Each actor's sentiment, by actor id, from the per-actor model over the sentences that mention it. */
    public Map<String, Sentiment> actors(List<Sentence> sentences, List<ResolvedMention> mentions) {
        Set<String> ids = new LinkedHashSet<>();
        for (ResolvedMention m : mentions) {
            ids.add(m.actor().id());
        }
        SentimentFeatures.Prepared[] prepared = new SentimentFeatures.Prepared[sentences.size()];
        Map<String, Sentiment> result = new LinkedHashMap<>();
        for (String id : ids) {
            List<int[]> own = new ArrayList<>();
            List<int[]> others = new ArrayList<>();
            for (ResolvedMention m : mentions) {
                (m.actor().id().equals(id) ? own : others).add(new int[] {m.start(), m.end()});
            }
            result.put(id, target(sentences, prepared, own, others));
        }
        return result;
    }

    /**
     * How the sentences portray one target: the per-actor model over each sentence holding one of the target's
     * mentions, probabilities averaged.
     *
     * @param target character spans of the target's mentions, as {start, end} pairs
     * @param others character spans of other actors' mentions
     */
    public Sentiment target(List<Sentence> sentences, List<int[]> target, List<int[]> others) {
        return target(sentences, new SentimentFeatures.Prepared[sentences.size()], target, others);
    }

    /** @param prepared sentences already prepared, filled in as needed: shared by the actors of a paragraph */
    private Sentiment target(List<Sentence> sentences, SentimentFeatures.Prepared[] prepared, List<int[]> target,
                             List<int[]> others) {
        double[] sum = new double[LinearSentimentModel.CLASSES];
        int counted = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            byte[] roles = TokenRoles.of(s.tokens(), target, others);
            boolean mentioned = false;
            for (byte r : roles) {
                mentioned |= r == SentimentFeatures.TARGET;
            }
            if (mentioned) {
                if (prepared[k] == null) {
                    prepared[k] = features.prepare(s.tokens());
                }
                add(sum, actorModel.probabilities(features.target(prepared[k], roles)));
                counted++;
            }
        }
        return counted == 0 ? Sentiment.NEUTRAL : sentiment(sum, counted);
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
