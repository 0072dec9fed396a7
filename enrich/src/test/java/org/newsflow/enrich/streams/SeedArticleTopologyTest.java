package org.newsflow.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ActorType;
import org.newsflow.events.ParagraphEnriched;

/** The seed article through the topology with the real engine, as the app runs it. */
class SeedArticleTopologyTest {

    @TempDir
    static Path stateDir;

    private static EnrichDriver enrich;
    private static List<ParagraphEnriched> out;

    @BeforeAll
    static void enrichTheSeedArticle() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        enrich = new EnrichDriver(stateDir, kb, DefaultEnricher.create(kb), Map.of());
        EnrichDriver.article("seed", "r1", EnrichDriver.seedParagraphs()).forEach(enrich::pipe);
        out = enrich.enriched.readValuesToList();
    }

    @AfterAll
    static void stop() {
        enrich.close();
    }

    @Test
    void tenEnrichedParagraphsInOrderWithTheKeyActorsAndTone() {
        assertThat(out).extracting(ParagraphEnriched::getIndex).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(out).allSatisfy(p -> {
            assertThat(p.getEngine()).isEqualTo(DefaultEnricher.NAME);
            assertThat(p.getTone().getWordCount()).isPositive();
        });
        assertThat(out.stream().flatMap(p -> ids(p).stream()))
                .contains("marco_rubio", "vladimir_putin", "nato", "russia", "ukraine");
        assertThat(ids(out.get(0))).contains("marco_rubio", "vladimir_putin");
    }

    @Test
    void surnamesInLaterParagraphsResolveThroughTheStoredContext() {
        // paragraph 5 names Kirill Dmitriev; paragraphs 7 and 9 say only "Dmitriev"
        assertThat(out.get(6).getActors()).filteredOn(a -> a.getActorId().equals("kirill_dmitriev"))
                .singleElement().satisfies(a -> assertThat(a.getMentions()).isNotEmpty());
        assertThat(ids(out.get(8))).contains("kirill_dmitriev");
    }

    @Test
    void anActorAddedAtRunTimeIsRecognised() {
        String text = "Ambassador Zorblax Quintavalle met Marco Rubio in Brussels.";
        enrich.pipe(EnrichDriver.paragraph("live", "r1", 1, 2, text));
        enrich.references.pipeInput("zorblax_quintavalle", ActorReference.newBuilder()
                .setActorId("zorblax_quintavalle").setName("Zorblax Quintavalle").setType(ActorType.PERSON)
                .setCountry("BEL").setRole("Ambassador").build());
        enrich.pipe(EnrichDriver.paragraph("live", "r1", 2, 2, text));

        List<ParagraphEnriched> live = enrich.enriched.readValuesToList();
        // before: reported as an unknown name, with no country
        assertThat(live.get(0).getActors()).filteredOn(a -> a.getActorId().equals("zorblax_quintavalle"))
                .allSatisfy(a -> assertThat(a.getCountry()).isNull());
        assertThat(live.get(1).getActors()).filteredOn(a -> a.getActorId().equals("zorblax_quintavalle"))
                .singleElement().satisfies(a -> assertThat(a.getCountry()).isEqualTo("BEL"));
    }

    private static List<String> ids(ParagraphEnriched paragraph) {
        return paragraph.getActors().stream().map(Actor::getActorId).toList();
    }
}
