package org.newsflow.enrich.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsflow.enrich.engine.model.Enrichment;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorType;
import org.newsflow.events.Mention;
import org.newsflow.events.MentionKind;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.events.Quote;
import org.newsflow.events.Sentiment;
import org.newsflow.events.SentimentLabel;
import org.newsflow.events.Tone;

/** Turns the engine's findings on one paragraph into the {@link ParagraphEnriched} event. */
public final class EnrichedParagraphs {

    private EnrichedParagraphs() {
    }

    public static ParagraphEnriched of(ParagraphIngested paragraph, Enrichment enrichment, String engine,
                                       String engineVersion, Instant enrichedAt) {
        return ParagraphEnriched.newBuilder()
                .setEventId(eventId(paragraph.getEventId()))
                .setArticleId(paragraph.getArticleId())
                .setRevision(paragraph.getRevision())
                .setIndex(paragraph.getIndex())
                .setCount(paragraph.getCount())
                .setText(paragraph.getText())
                .setTitle(paragraph.getTitle())
                .setSource(paragraph.getSource())
                .setUrl(paragraph.getUrl())
                .setLanguage(paragraph.getLanguage())
                .setPublishedAt(paragraph.getPublishedAt())
                .setIngestedAt(paragraph.getIngestedAt())
                .setTruncated(List.copyOf(paragraph.getTruncated()))
                .setActors(enrichment.actors().stream().map(EnrichedParagraphs::actor).toList())
                .setTone(tone(enrichment.tone()))
                .setSentiment(sentiment(enrichment.sentiment()))
                .setQuotes(enrichment.quotes().stream().map(EnrichedParagraphs::quote).toList())
                .setEngine(engine)
                .setEngineVersion(engineVersion)
                .setEnrichedAt(enrichedAt)
                .build();
    }

    /**
     * Derived from the paragraph's eventId only, so re-enriching the same paragraph (a retry, a replay) yields the
     * same id and consumers can drop the duplicate.
     */
    public static String eventId(String paragraphEventId) {
        return UUID.nameUUIDFromBytes(("enriched:" + paragraphEventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Actor actor(org.newsflow.enrich.engine.model.Actor actor) {
        return Actor.newBuilder()
                .setActorId(actor.actorId())
                .setName(actor.name())
                .setType(actorType(actor.type()))
                .setCountry(actor.country())
                .setRole(actor.role())
                .setCameo(actor.cameo())
                .setWikidata(actor.wikidata())
                .setSentiment(actor.sentiment() == null ? null : sentiment(actor.sentiment()))
                .setMentions(mentions(actor.mentions()))
                .build();
    }

    static ActorType actorType(org.newsflow.enrich.engine.model.ActorType type) {
        return type == null ? ActorType.UNKNOWN : ActorType.valueOf(type.name());
    }

    private static List<Mention> mentions(List<org.newsflow.enrich.engine.model.Mention> mentions) {
        return mentions.stream().map(m -> Mention.newBuilder()
                .setStart(m.start())
                .setEnd(m.end())
                .setText(m.text())
                .setKind(m.kind() == null ? MentionKind.name : MentionKind.valueOf(m.kind().wireName()))
                .build()).toList();
    }

    private static Tone tone(org.newsflow.enrich.engine.model.Tone tone) {
        org.newsflow.enrich.engine.model.Tone t = tone == null ? org.newsflow.enrich.engine.model.Tone.EMPTY : tone;
        return Tone.newBuilder()
                .setTone(t.tone())
                .setPositive(t.positive())
                .setNegative(t.negative())
                .setPolarity(t.polarity())
                .setWordCount(t.wordCount())
                .build();
    }

    private static Sentiment sentiment(org.newsflow.enrich.engine.model.Sentiment sentiment) {
        org.newsflow.enrich.engine.model.Sentiment s =
                sentiment == null ? org.newsflow.enrich.engine.model.Sentiment.NEUTRAL : sentiment;
        return Sentiment.newBuilder()
                .setScore(s.score())
                .setLabel(s.label() == null ? SentimentLabel.neutral : SentimentLabel.valueOf(s.label().wireName()))
                .build();
    }

    private static Quote quote(org.newsflow.enrich.engine.model.Quote quote) {
        return Quote.newBuilder()
                .setStart(quote.start())
                .setEnd(quote.end())
                .setText(quote.text())
                .setSpeaker(quote.speaker())
                .build();
    }
}
