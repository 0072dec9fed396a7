package org.newsflow.enrich.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.DefaultEnricher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.enrich.train.NewsMtscLines.line;

class NewsPersonsEvaluationTest {

    private static final String SENTENCE = "Wilbur Ross's plan drew praise from Pelosi, but he said Ross erred.";

    @Test
    void aMarkedPersonCountsWhereANameOfAnyFinderEndsWithIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"), line(SENTENCE, "Ross's", "Pelosi", "he")
                + "\n" + line("Nobody named Smith came.", "Smith") + "\n", StandardCharsets.UTF_8);
        int ross = SENTENCE.indexOf("Wilbur");
        int pelosi = SENTENCE.indexOf("Pelosi");
        // "Wilbur Ross" ends before the possessive of the marked "Ross's"; "Pelosi" is found as an organisation;
        // the pronoun is no name and is not counted; "Smith" is not found.
        NerEvaluation.NameFinder finder = sentence -> sentence.equals(SENTENCE)
                ? Set.of(ross + ":" + (ross + "Wilbur Ross".length()) + ":PER", pelosi + ":" + (pelosi + 6) + ":ORG")
                : Set.of();

        NewsPersonsEvaluation.Scores scores = NewsPersonsEvaluation.score(file, finder);

        assertThat(scores).isEqualTo(new NewsPersonsEvaluation.Scores(3, 1, 1, 1));
    }

    @Test
    void theEngineIsScoredByItsPersonNameMentions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"),
                line("Senator Elizabeth Warren criticised the Pentagon.", "Elizabeth Warren", "Pentagon") + "\n",
                StandardCharsets.UTF_8);

        NewsPersonsEvaluation.Scores scores = NewsPersonsEvaluation.score(file, DefaultEnricher.create());

        assertThat(scores).isEqualTo(new NewsPersonsEvaluation.Scores(2, 1, 1, 0));
    }
}
