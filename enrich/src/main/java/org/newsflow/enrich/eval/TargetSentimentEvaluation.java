package org.newsflow.enrich.eval;

import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.nlp.NlpPipeline;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.sentiment.SentimentScorer;
import org.newsflow.enrich.engine.tone.ToneLexicon;
import org.newsflow.enrich.engine.tone.ToneResult;
import org.newsflow.enrich.engine.tone.ToneScorer;
import org.newsflow.enrich.train.NewsMtsc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-target sentiment on NewsMTSC's development split (how a sentence portrays each annotated person): the
 * learned per-actor model beside the lexicon sentiment of the previous engine (the tone of the sentences that
 * mention the target, names not scored), both given the gold target mentions.
 */
final class TargetSentimentEvaluation {

    /** Learned and lexicon scores on the same targets. */
    record Scores(Evaluation.ClassScores learned, Evaluation.ClassScores lexicon) {
    }

    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    private TargetSentimentEvaluation() {
    }

    static Scores score(Path devFile, NlpPipeline nlp) throws IOException {
        SentimentScorer scorer = SentimentScorer.bundled();
        ToneScorer tone = new ToneScorer(ToneLexicon.news());
        List<SentimentLabel> gold = new ArrayList<>();
        List<SentimentLabel> learned = new ArrayList<>();
        List<SentimentLabel> lexicon = new ArrayList<>();
        for (NewsMtsc.Item item : NewsMtsc.read(devFile)) {
            List<Sentence> sentences = nlp.analyse(item.sentence());
            for (NewsMtsc.Target target : item.targets()) {
                List<int[]> own = target.spans();
                List<int[]> others = item.spansOfOthers(target);
                gold.add(LABELS[target.label()]);
                learned.add(scorer.target(sentences, own, others).label());
                lexicon.add(lexicon(tone, sentences, item.sentence().length(), own, others));
            }
        }
        return new Scores(Evaluation.ClassScores.of(gold, learned), Evaluation.ClassScores.of(gold, lexicon));
    }

    private static SentimentLabel lexicon(ToneScorer tone, List<Sentence> sentences, int length, List<int[]> own,
                                          List<int[]> others) {
        boolean[] names = new boolean[length];
        List<int[]> all = new ArrayList<>(own);
        all.addAll(others);
        for (int[] s : all) {
            for (int k = s[0]; k < s[1] && k < length; k++) {
                names[k] = true;
            }
        }
        ToneResult result = tone.score(sentences, names);
        double sum = 0;
        int n = 0;
        for (int s = 0; s < sentences.size(); s++) {
            for (int[] span : own) {
                if (span[0] < sentences.get(s).end() && sentences.get(s).start() < span[1]) {
                    sum += result.sentenceScores()[s];
                    n++;
                    break;
                }
            }
        }
        return ToneScorer.sentiment(n == 0 ? 0 : sum / n).label();
    }
}
