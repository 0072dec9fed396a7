package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.support.ProjectionsDriver;
import org.newsflow.schemas.dlq.DeadLetters;

class DeadLetterCountTopologyTest {

    private final ProjectionsDriver driver = new ProjectionsDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void deadLettersAreCountedByTheStageThatRejectedThem() {
        assertThat(driver.views().deadLetterCounts()).isEmpty();

        for (long offset = 0; offset < 3; offset++) {
            driver.pipe(DeadLetters.of("newsflow-ingest", "ingest.parse", "Invalid JSON", null,
                    "news.articles.submitted", 0, offset, null, new byte[] {'{'}, Instant.now()));
        }
        driver.pipe(DeadLetters.of("newsflow-enrich", "newsflow-enrich.deserialize", "Unknown magic byte", null,
                "news.paragraphs", 1, 7L, null, new byte[] {1}, Instant.now()));

        assertThat(driver.views().deadLetterCounts())
                .containsExactly(java.util.Map.entry("ingest.parse", 3L),
                        java.util.Map.entry("newsflow-enrich.deserialize", 1L));
    }
}
