package org.newsflow.enrich.engine.tone;

import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.model.Tone;
import org.newsflow.enrich.engine.nlp.Sentence;
import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lexicon tone in the manner of VADER: word valences, flipped and damped after a negation, scaled by intensifiers,
 * words after a contrastive "but"/"however" weighted up, then squashed to -1..1 per sentence. Also the GDELT tone
 * vector (percentages of positive and negative words). Tokens inside actor names are skipped ("United Nations",
 * "Security Council" judge nothing). Thread-safe.
 */
public final class ToneScorer {

    /** Scores within this distance of 0 are neutral (VADER's own threshold). */
    public static final double NEUTRAL_BAND = 0.05;
    private static final double NORMALISATION = 15.0;
    private static final double NEGATION_SCALAR = -0.74;
    private static final double BOOST = 0.293;

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "nowhere", "without", "cannot", "lack", "lacks", "lacked", "lacking", "hardly", "rarely",
            "seldom", "despite", "ain't");
    private static final Set<String> BOOSTERS = Set.of("very", "extremely", "highly", "deeply", "greatly", "hugely",
            "enormously", "especially", "exceptionally", "incredibly", "intensely", "particularly", "really",
            "remarkably", "significantly", "substantially", "totally", "utterly", "completely", "entirely", "fully",
            "thoroughly", "tremendously", "unusually", "most", "more", "so", "quite", "pretty", "sharply", "severely",
            "seriously", "increasingly", "further", "gravely", "acutely");
    private static final Set<String> DAMPENERS = Set.of("slightly", "somewhat", "barely", "marginally", "partly",
            "partially", "scarcely", "less", "little", "mildly", "modestly", "relatively", "fairly");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "although", "though");

    private final ToneLexicon lexicon;

    public ToneScorer(ToneLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tone of a paragraph: sentence scores, their mean as the paragraph sentiment, and the GDELT vector. */
    public ToneResult score(List<Sentence> sentences, boolean[] skipChars) {
        double[] sentenceScores = new double[sentences.size()];
        int words = 0;
        int positive = 0;
        int negative = 0;
        double total = 0;
        int scored = 0;
        for (int s = 0; s < sentences.size(); s++) {
            SentenceScore score = scoreSentence(sentences.get(s).tokens(), skipChars);
            sentenceScores[s] = score.compound;
            words += score.words;
            positive += score.positiveWords;
            negative += score.negativeWords;
            if (score.words > 0) {
                total += score.compound;
                scored++;
            }
        }
        double mean = scored == 0 ? 0 : total / scored;
        Tone tone = Tone.EMPTY;
        if (words > 0) {
            double pos = 100.0 * positive / words;
            double neg = 100.0 * negative / words;
            tone = new Tone(round(pos - neg), round(pos), round(neg), round(pos + neg), words);
        }
        return new ToneResult(tone, sentiment(mean), sentenceScores);
    }

    /** Sentiment of a score: the label VADER would give it. */
    public static Sentiment sentiment(double score) {
        SentimentLabel label = score >= NEUTRAL_BAND ? SentimentLabel.POSITIVE
                : score <= -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new Sentiment(round(score), label);
    }

    SentenceScore scoreSentence(List<Token> tokens, boolean[] skipChars) {
        double sum = 0;
        double beforeContrast = 0;
        int words = 0;
        int positive = 0;
        int negative = 0;
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            lower[i] = t.text().toLowerCase(Locale.ROOT);
            words++;
            if (skipChars != null && t.start() < skipChars.length && skipChars[t.start()]) {
                continue;
            }
            if (CONTRASTS.contains(lower[i]) && i > 0) {
                // what follows a contrast usually carries the writer's point
                beforeContrast += sum;
                sum = 0;
                continue;
            }
            double v = lexicon.valence(lower[i]);
            if (v == 0) {
                continue;
            }
            v = modify(v, lower, tokens, i);
            sum += v;
            if (v > 0) {
                positive++;
            } else if (v < 0) {
                negative++;
            }
        }
        double raw = beforeContrast == 0 ? sum : beforeContrast * 0.5 + sum * 1.5;
        double compound = raw / Math.sqrt(raw * raw + NORMALISATION);
        return new SentenceScore(compound, words, positive, negative);
    }

    private static double modify(double v, String[] lower, List<Token> tokens, int i) {
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            String w = lower[i - back];
            if (w == null) {
                if (tokens.get(i - back).text().equals(",")) {
                    break;
                }
                continue;
            }
            double scale = back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9;
            if (BOOSTERS.contains(w)) {
                v += Math.signum(v) * BOOST * scale;
            } else if (DAMPENERS.contains(w)) {
                v -= Math.signum(v) * BOOST * scale;
            } else if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                v *= NEGATION_SCALAR;
                break;
            }
        }
        return v;
    }

    private static double round(double d) {
        return Math.round(d * 10000.0) / 10000.0;
    }

    record SentenceScore(double compound, int words, int positiveWords, int negativeWords) {
    }
}
