package org.newsflow.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ActorType;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;

class EnrichTopologyTest {

    @TempDir
    Path stateDir;

    private EnrichDriver enrich;

    @BeforeEach
    void start() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        enrich = new EnrichDriver(stateDir, kb, new GazetteerEnricher(kb),
                Map.of(ConfigKeys.ENRICH_CONTEXT_RETENTION_MS, "60000"));
    }

    @AfterEach
    void stop() {
        enrich.close();
    }

    @Test
    void enrichesEveryParagraphInOrderAndResolvesSurnamesThroughTheStoredContext() {
        List<ParagraphIngested> article = EnrichDriver.article("a1", "r1", EnrichDriver.seedParagraphs());
        article.forEach(enrich::pipe);

        List<ParagraphEnriched> out = enrich.enriched.readValuesToList();
        assertThat(out).extracting(ParagraphEnriched::getIndex).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        ParagraphEnriched first = out.get(0);
        ParagraphIngested in = article.get(0);
        assertThat(first.getArticleId()).isEqualTo("a1");
        assertThat(first.getText()).isEqualTo(in.getText());
        assertThat(first.getUrl()).isEqualTo(in.getUrl());
        assertThat(first.getPublishedAt()).isEqualTo(in.getPublishedAt());
        assertThat(first.getEngine()).isEqualTo("gazetteer-test");
        assertThat(first.getEventId()).isEqualTo(EnrichedParagraphs.eventId(in.getEventId()))
                .isNotEqualTo(in.getEventId());
        assertThat(ids(first)).contains("marco_rubio", "vladimir_putin", "russia");
        // "Dmitriev" alone in paragraph 7 is only known from paragraph 5, through the stored context
        assertThat(ids(out.get(6))).contains("kirill_dmitriev");
        assertThat(out.get(6).getActors()).filteredOn(a -> a.getActorId().equals("kirill_dmitriev"))
                .flatExtracting(Actor::getMentions).extracting(m -> m.getText()).containsOnly("Dmitriev");
        assertThat(out).allSatisfy(p -> assertThat(p.getTone().getWordCount()).isPositive());
        // the article is complete: its context is gone
        assertThat(contexts().get("a1")).isNull();
    }

    @Test
    void aNewRevisionStartsWithAFreshContext() {
        enrich.pipe(EnrichDriver.paragraph("a2", "r1", 1, 3, "Kirill Dmitriev met the press."));
        enrich.pipe(EnrichDriver.paragraph("a2", "r2", 2, 3, "Dmitriev said nothing."));
        enrich.pipe(EnrichDriver.paragraph("a2", "r1", 2, 3, "Dmitriev said nothing."));

        List<ParagraphEnriched> out = enrich.enriched.readValuesToList();
        assertThat(ids(out.get(1))).doesNotContain("kirill_dmitriev");
        // the r2 paragraph replaced r1's context, so r1's second paragraph cannot use it either
        assertThat(ids(out.get(2))).doesNotContain("kirill_dmitriev");
    }

    @Test
    void expiresContextsNotTouchedForTheRetention() {
        enrich.pipe(EnrichDriver.paragraph("a3", "r1", 1, 3, "Kirill Dmitriev met the press."));
        assertThat(contexts().get("a3")).isNotNull();

        enrich.driver.advanceWallClockTime(Duration.ofSeconds(30));
        assertThat(contexts().get("a3")).isNotNull();
        enrich.driver.advanceWallClockTime(Duration.ofSeconds(40));
        assertThat(contexts().get("a3")).isNull();

        enrich.pipe(EnrichDriver.paragraph("a3", "r1", 2, 3, "Dmitriev said nothing."));
        assertThat(ids(enrich.enriched.readValuesToList().get(1))).doesNotContain("kirill_dmitriev");
    }

    @Test
    void anActorAddedOnTheReferenceTopicIsRecognisedInLaterParagraphs() {
        enrich.pipe(EnrichDriver.paragraph("a4", "r1", 1, 2, "Zorblax Quint spoke in Brussels."));
        enrich.references.pipeInput("zorblax_quint", ActorReference.newBuilder()
                .setActorId("zorblax_quint").setName("Zorblax Quint").setType(ActorType.PERSON)
                .setCountry("BEL").setRole("Spokesperson").setAliases(List.of("Quint")).build());
        enrich.pipe(EnrichDriver.paragraph("a4", "r1", 2, 2, "Zorblax Quint spoke again."));

        List<ParagraphEnriched> out = enrich.enriched.readValuesToList();
        assertThat(ids(out.get(0))).doesNotContain("zorblax_quint");
        assertThat(out.get(1).getActors()).filteredOn(a -> a.getActorId().equals("zorblax_quint"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getType()).isEqualTo(ActorType.PERSON);
                    assertThat(a.getCountry()).isEqualTo("BEL");
                });

        enrich.references.pipeInput("zorblax_quint", (ActorReference) null);
        assertThat(enrich.knowledgeBase.get("zorblax_quint")).isEmpty();
    }

    @Test
    void anInvalidActorReferenceIsSkippedAndTheAppGoesOn() {
        enrich.references.pipeInput("Bad Id", ActorReference.newBuilder()
                .setActorId("Bad Id").setName("Bad").setType(ActorType.PERSON).build());
        enrich.references.pipeInput("russia", ActorReference.newBuilder()
                .setActorId("other").setName("Other").setType(ActorType.COUNTRY).build());

        enrich.pipe(EnrichDriver.paragraph("a5", "r1", 1, 1, "Russia spoke."));
        assertThat(ids(enrich.enriched.readValue())).contains("russia");
        assertThat(enrich.knowledgeBase.get("russia")).get().extracting(e -> e.name()).isEqualTo("Russia");
    }

    @Test
    void anEngineFailureGoesToTheDeadLetterTopicAndTheNextParagraphIsEnriched() {
        enrich.pipe(EnrichDriver.paragraph("a6", "r1", 1, 3, "Kirill Dmitriev met the press."));
        enrich.pipe(EnrichDriver.paragraph("a6", "r1", 2, 3, GazetteerEnricher.POISON + " Dmitriev"));
        enrich.pipe(EnrichDriver.paragraph("a6", "r1", 3, 3, "Dmitriev said nothing."));

        List<ParagraphEnriched> out = enrich.enriched.readValuesToList();
        assertThat(out).extracting(ParagraphEnriched::getIndex).containsExactly(1, 3);
        assertThat(ids(out.get(1))).contains("kirill_dmitriev");

        DeadLetter letter = enrich.deadLetters.readValue();
        assertThat(letter.getStage()).endsWith(".process");
        assertThat(letter.getSourceTopic()).isEqualTo(enrich.topics.paragraphs().name());
        assertThat(letter.getErrorClass()).isEqualTo(EnrichmentFailedException.class.getName());
        assertThat(letter.getReason()).contains(EnrichTopology.ENRICH_PROCESSOR, "paragraph 2/3 of article a6");
        assertThat(letter.getOriginalValue()).isNotNull();
        assertThat(enrich.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void anUndecodableRecordIsHandedToTheDeadLetterHandlerAndSkipped() {
        enrich.rawParagraphs.pipeInput("a7", "not avro".getBytes(StandardCharsets.UTF_8));
        enrich.pipe(EnrichDriver.paragraph("a7", "r1", 1, 1, "Russia spoke."));

        assertThat(enrich.enriched.readValuesToList()).singleElement()
                .satisfies(p -> assertThat(p.getArticleId()).isEqualTo("a7"));
        // TopologyTestDriver drops the records a deserialization handler returns (the processing handler's reach
        // the output), so the dead letter itself is asserted end-to-end against a real broker.
        assertThat(enrich.driver.metrics().entrySet()).anySatisfy(m -> {
            assertThat(m.getKey().name()).isEqualTo("dropped-records-total");
            assertThat((Double) m.getValue().metricValue()).isGreaterThanOrEqualTo(1.0);
        });
    }

    private KeyValueStore<String, byte[]> contexts() {
        return enrich.driver.getKeyValueStore(EnrichTopology.CONTEXT_STORE);
    }

    private static List<String> ids(ParagraphEnriched paragraph) {
        return paragraph.getActors().stream().map(Actor::getActorId).toList();
    }
}
