package org.newsflow.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.TestEngine;
import org.newsflow.events.Actor;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;

/** The article's publication date reaches the engine: "the president" of an old article is who was president. */
class ArticleDateTopologyTest {

    @TempDir
    Path stateDir;

    @Test
    void thePresidentOfAnArticlePublishedIn2010IsThePresidentOf2010WithHisWikidataId() {
        DefaultEnricher engine = TestEngine.get();
        try (EnrichDriver enrich = new EnrichDriver(stateDir, engine.knowledgeBase(), engine, Map.of())) {
            ParagraphIngested first = ParagraphIngested.newBuilder(
                    EnrichDriver.paragraph("old", "r1", 1, 2, "The United States raised tariffs on steel."))
                    .setPublishedAt(Instant.parse("2010-06-01T09:00:00Z")).build();
            ParagraphIngested second = ParagraphIngested.newBuilder(
                    EnrichDriver.paragraph("old", "r1", 2, 2, "On Tuesday the president defended the move."))
                    .setPublishedAt(Instant.parse("2010-06-01T09:00:00Z")).build();
            enrich.pipe(first);
            enrich.pipe(second);

            List<ParagraphEnriched> out = enrich.enriched.readValuesToList();
            assertThat(out.get(0).getActors()).extracting(Actor::getActorId, Actor::getWikidata)
                    .contains(org.assertj.core.groups.Tuple.tuple("united_states", "Q30"));
            assertThat(out.get(1).getActors()).extracting(Actor::getActorId, Actor::getWikidata)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("barack_obama", "Q76"));
        }
    }
}
