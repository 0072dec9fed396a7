package org.newsflow.enrich.engine.sentiment;

/**
 * The inputs of the paragraph calibration: a sentence's class probabilities from the sentence model, the mean
 * class probabilities of the actors it mentions from the per-actor model (as log-probabilities) and its lexicon
 * tone. A three-class logistic regression over these, fitted on held-out predictions for the training sentences,
 * says how much each view is worth. Sentences with and without actors have separate weights (every feature is
 * named by the case), so one model file serves both.
 */
public final class ParagraphCalibration {

    private static final String[] CLASS = {"neg", "neu", "pos"};
    private static final Names WITH_ACTORS = new Names("with-actors:");
    private static final Names WITHOUT_ACTORS = new Names("without-actors:");
    private static final float FLOOR = 1e-6f;

    private ParagraphCalibration() {
    }

    /**
     * @param actors mean actor probabilities, null when the sentence mentions no actor
     * @param tone   the sentence's lexicon tone in -1..1
     */
    public static FeatureVector features(double[] sentence, double[] actors, double tone) {
        Names names = actors == null ? WITHOUT_ACTORS : WITH_ACTORS;
        FeatureVector f = new FeatureVector();
        f.add(names.bias);
        for (int c = 0; c < LinearSentimentModel.CLASSES; c++) {
            f.add(names.sentence[c], (float) Math.log(Math.max(sentence[c], FLOOR)));
            if (actors != null) {
                f.add(names.actors[c], (float) Math.log(Math.max(actors[c], FLOOR)));
            }
        }
        f.add(names.tone, (float) tone);
        f.add(names.toneStrength, (float) Math.abs(tone));
        return f;
    }

    private static final class Names {
        final String bias;
        final String[] sentence = new String[LinearSentimentModel.CLASSES];
        final String[] actors = new String[LinearSentimentModel.CLASSES];
        final String tone;
        final String toneStrength;

        Names(String prefix) {
            bias = prefix + "bias";
            for (int c = 0; c < CLASS.length; c++) {
                sentence[c] = prefix + "sentence:" + CLASS[c];
                actors[c] = prefix + "actors:" + CLASS[c];
            }
            tone = prefix + "tone";
            toneStrength = prefix + "tone:strength";
        }
    }
}
