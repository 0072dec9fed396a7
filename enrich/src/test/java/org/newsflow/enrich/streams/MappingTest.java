package org.newsflow.enrich.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.enrich.engine.model.Actor;
import org.newsflow.enrich.engine.model.ActorType;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.enrich.engine.model.Mention;
import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.model.Quote;
import org.newsflow.enrich.engine.model.Sentiment;
import org.newsflow.enrich.engine.model.SentimentLabel;
import org.newsflow.enrich.engine.model.Tone;
import org.newsflow.enrich.engine.kb.ActorEntry;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;

class MappingTest {

    @Test
    void everyBundledActorSurvivesTheReferenceTopicRoundTrip() {
        List<ActorEntry> entries = KnowledgeBase.bundled().entries();
        assertThat(entries).isNotEmpty().allSatisfy(e ->
                assertThat(ActorReferences.toEntry(ActorReferences.toReference(e))).isEqualTo(e));
    }

    @Test
    void aReferenceOfUnknownTypeIsRejected() {
        ActorReference ref = ActorReference.newBuilder().setActorId("x").setName("X")
                .setType(org.newsflow.events.ActorType.UNKNOWN).build();
        assertThatThrownBy(() -> ActorReferences.toEntry(ref)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsTheEnrichmentAndCopiesTheParagraph() {
        ParagraphIngested in = EnrichDriver.paragraph("a", "r", 2, 3, "Rubio said \"yes\".");
        Actor rubio = new Actor("marco_rubio", "Marco Rubio", ActorType.PERSON, "USA", "Secretary of State",
                "USAGOV", new Sentiment(0.5, SentimentLabel.POSITIVE),
                List.of(new Mention(0, 5, "Rubio", MentionKind.NAME), new Mention(6, 10, "said", MentionKind.DEMONYM)));
        Enrichment enrichment = new Enrichment(List.of(rubio), new Tone(1.5, 2.5, 1.0, 3.5, 4),
                new Sentiment(-0.2, SentimentLabel.NEGATIVE), List.of(new Quote(11, 16, "\"yes\"", "marco_rubio")));

        ParagraphEnriched out = EnrichedParagraphs.of(in, enrichment, "engine", "1.0", Instant.ofEpochMilli(42));

        assertThat(out.getText()).isEqualTo(in.getText());
        assertThat(out.getIndex()).isEqualTo(2);
        assertThat(out.getCount()).isEqualTo(3);
        assertThat(out.getTitle()).isEqualTo(in.getTitle());
        assertThat(out.getIngestedAt()).isEqualTo(in.getIngestedAt());
        assertThat(out.getEnrichedAt()).isEqualTo(Instant.ofEpochMilli(42));
        assertThat(out.getEngineVersion()).isEqualTo("1.0");
        assertThat(out.getEventId()).isEqualTo(EnrichedParagraphs.eventId(in.getEventId()));
        org.newsflow.events.Actor actor = out.getActors().get(0);
        assertThat(actor.getType()).isEqualTo(org.newsflow.events.ActorType.PERSON);
        assertThat(actor.getCameo()).isEqualTo("USAGOV");
        assertThat(actor.getSentiment().getLabel()).isEqualTo(org.newsflow.events.SentimentLabel.positive);
        assertThat(actor.getMentions().get(0).getKind()).isEqualTo(org.newsflow.events.MentionKind.name);
        assertThat(actor.getMentions().get(1).getKind()).isEqualTo(org.newsflow.events.MentionKind.demonym);
        assertThat(out.getTone().getPolarity()).isEqualTo(3.5);
        assertThat(out.getTone().getWordCount()).isEqualTo(4);
        assertThat(out.getSentiment().getLabel()).isEqualTo(org.newsflow.events.SentimentLabel.negative);
        assertThat(out.getQuotes().get(0).getSpeaker()).isEqualTo("marco_rubio");
    }

    @Test
    void storedContextRoundTrips() {
        StoredContext stored = new StoredContext("rev", 4, 1234L, new byte[] {1, 2, 3});
        StoredContext back = StoredContext.fromBytes(stored.toBytes());
        assertThat(back.revision()).isEqualTo("rev");
        assertThat(back.lastIndex()).isEqualTo(4);
        assertThat(back.touchedAtMs()).isEqualTo(1234L);
        assertThat(back.context()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> StoredContext.fromBytes(new byte[] {9})).isInstanceOf(IllegalArgumentException.class);
    }
}
