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
        assertThat(r.seedActors().recall()).isGreaterThan(0.95);
        assertThat(r.seedActors().precision()).isGreaterThan(0.95);
        assertThat(r.nerUntyped().f1()).isGreaterThan(0.84);
        assertThat(r.nerTyped().f1()).isGreaterThan(0.74);
        assertThat(r.nerTyped().f1()).isGreaterThan(r.nerWikiRules().typed().f1());
        if (r.nerTest() != null) {
            // held out from the tagger's training: the figure that says how the engine does on new text
            assertThat(r.nerTest().typed().f1()).isGreaterThan(0.68);
            assertThat(r.nerTest().untyped().f1()).isGreaterThan(0.74);
            assertThat(r.nerTest().typed().f1()).isGreaterThan(r.nerTestRules().typed().f1() + 0.15);
        }
        if (r.newsPersons() != null) {
            // people in news text: the development split of the news whose marked names the tagger learns from
            assertThat(r.newsPersons().personShare()).isGreaterThan(0.85);
            assertThat(r.newsPersons().personShare()).isGreaterThan(r.newsPersonsRules().personShare());
        }
        assertThat(r.nytNews().macroF1()).isGreaterThan(0.45);
        assertThat(r.nytNews().accuracy()).isGreaterThan(0.45);
        assertThat(r.nytLearned().macroF1()).isGreaterThan(0.55);
        // the paragraph label with its actors' portrayal: 8 of 10 measured, one paragraph of margin
        assertThat(r.seedLearned().accuracy()).isGreaterThanOrEqualTo(0.7);
        if (r.targetsLearned() != null) {
            // the learned per-actor model measured on data it chose its settings on, never trained on
            assertThat(r.targetsLearned().macroF1()).isGreaterThan(0.68);
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
        // the name tagger finds fewer names than the capitalisation rules in conversation and vlog transcripts
        assertThat(current.found()).isGreaterThan(0.86);
        assertThat(current.right()).isGreaterThan(previous.right());
    }
}
