package org.newsflow.enrich.engine.sentiment;

/**
 * The inputs of the per-actor combination: the class log-probabilities of the linear model and of the attention
 * model for one target. A three-class logistic regression over them, fitted on held-out predictions for the
 * training targets, says how much each reader is worth and where the neutral class begins.
 */
public final class ActorCombination {

    private static final String[] LINEAR = {"linear:neg", "linear:neu", "linear:pos"};
    private static final String[] ATTENTION = {"attention:neg", "attention:neu", "attention:pos"};
    private static final float FLOOR = 1e-6f;

    private ActorCombination() {
    }

    public static FeatureVector features(double[] linear, double[] attention) {
        FeatureVector f = new FeatureVector();
        f.add("bias");
        for (int c = 0; c < LinearSentimentModel.CLASSES; c++) {
            f.add(LINEAR[c], (float) Math.log(Math.max(linear[c], FLOOR)));
            f.add(ATTENTION[c], (float) Math.log(Math.max(attention[c], FLOOR)));
        }
        return f;
    }
}
