package org.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Floors that a broken engine fails; the figures themselves are reported by {@link Evaluation#main}. */
class EvaluationTest {

    @Test
    void scoresWellAboveChanceOnTheDevelopmentData() throws Exception {
        String property = System.getProperty("newsflow.eval.dir");
        Path dir = property == null ? null : Path.of(property);
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve(Evaluation.SEED_GOLD)),
                "evaluation data not found (system property newsflow.eval.dir = " + property
                        + "); skipping the evaluation");
        Evaluation.Report r = new Evaluation(dir).run();
        System.out.println(Evaluation.table(r));
        assertThat(r.seedActors().recall()).isGreaterThan(0.8);
        assertThat(r.seedActors().precision()).isGreaterThan(0.7);
        assertThat(r.nerUntyped().f1()).isGreaterThan(0.83);
        assertThat(r.nerTyped().f1()).isGreaterThan(0.70);
        assertThat(r.nytNews().macroF1()).isGreaterThan(0.45);
        assertThat(r.nytNews().accuracy()).isGreaterThan(0.45);
        assertThat(r.nytLearned().macroF1()).isGreaterThan(0.54);
        assertThat(r.seedLearned().accuracy()).isGreaterThanOrEqualTo(0.6);
        if (r.targetsLearned() != null) {
            // the learned per-actor model measured on data it chose its settings on, never trained on
            assertThat(r.targetsLearned().macroF1()).isGreaterThan(0.64);
            assertThat(r.targetsLearned().macroF1()).isGreaterThan(r.targetsNews().macroF1() + 0.08);
        }
    }

    @Test
    void identifiesNamedMentionsOutsideNewsBetterThanThePreviousEngine() throws Exception {
        String property = System.getProperty("newsflow.eval.dir");
        Path dir = property == null ? null : Path.of(property);
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve(IdentityEvaluation.GUM)),
                "identity data not found (system property newsflow.eval.dir = " + property + "); skipping");
        IdentityEvaluation.Scores current = Evaluation.identity(dir, true);
        IdentityEvaluation.Scores previous = Evaluation.identity(dir, false);
        System.out.println(IdentityEvaluation.table(current, previous));
        assertThat(current.found()).isGreaterThan(0.93);
        assertThat(current.right()).isGreaterThan(previous.right());
    }
}
