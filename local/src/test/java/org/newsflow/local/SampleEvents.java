package org.newsflow.local;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ActorType;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.Mention;
import org.newsflow.events.MentionKind;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.events.Quote;
import org.newsflow.events.Sentiment;
import org.newsflow.events.SentimentLabel;
import org.newsflow.events.Tone;

/** One well-formed instance of every event type, for round-trip and throughput tests. */
public final class SampleEvents {

    public static final Instant PUBLISHED = Instant.parse("2025-04-04T10:00:00Z");
    public static final Instant INGESTED = Instant.parse("2025-04-04T10:00:01Z");
    public static final String TEXT = "U.S. Secretary of State Marco Rubio met an envoy of Russian President "
            + "Vladimir Putin. Rubio emphasized, “That time is coming.”";

    private SampleEvents() {
    }

    public static ArticleIngested article(String articleId) {
        return ArticleIngested.newBuilder().setEventId(articleId + ":r1").setArticleId(articleId).setRevision("r1")
                .setTitle("Talks").setSource("Wire").setUrl("https://example.org/" + articleId).setLanguage("en")
                .setPublishedAt(PUBLISHED).setIngestedAt(INGESTED).setParagraphCount(1).setContentHash("r1")
                .setBodyChars(TEXT.length()).build();
    }

    public static ParagraphIngested paragraph(String articleId, int index) {
        return ParagraphIngested.newBuilder().setEventId(articleId + ":r1:" + index).setArticleId(articleId)
                .setRevision("r1").setIndex(index).setCount(index).setText(TEXT).setTitle("Talks")
                .setSource("Wire").setUrl(null).setLanguage("en").setPublishedAt(PUBLISHED).setIngestedAt(INGESTED)
                .build();
    }

    public static ParagraphEnriched enriched(String articleId, int index) {
        Sentiment neutral = new Sentiment(0.0, SentimentLabel.neutral);
        Actor rubio = Actor.newBuilder().setActorId("marco_rubio").setName("Marco Rubio").setType(ActorType.PERSON)
                .setCountry("USA").setRole("Secretary of State").setCameo("USAGOV").setSentiment(neutral)
                .setMentions(List.of(new Mention(24, 35, "Marco Rubio", MentionKind.name),
                        new Mention(95, 100, "Rubio", MentionKind.name)))
                .build();
        Actor russia = Actor.newBuilder().setActorId("russia").setName("Russia").setType(ActorType.COUNTRY)
                .setCountry("RUS").setRole(null).setCameo("RUS").setSentiment(null)
                .setMentions(List.of(new Mention(49, 56, "Russian", MentionKind.demonym))).build();
        return ParagraphEnriched.newBuilder().setEventId(articleId + ":r1:" + index + ":enriched")
                .setArticleId(articleId).setRevision("r1").setIndex(index).setCount(index).setText(TEXT)
                .setTitle("Talks").setSource(null).setUrl(null).setLanguage("en").setPublishedAt(PUBLISHED)
                .setIngestedAt(INGESTED).setActors(List.of(rubio, russia))
                .setTone(new Tone(-1.5, 2.0, 3.5, 5.5, 20)).setSentiment(neutral)
                .setQuotes(List.of(new Quote(113, 136, "That time is coming.", "marco_rubio")))
                .setEngine("test").setEngineVersion("1").setEnrichedAt(INGESTED).build();
    }

    public static ActorReference actor(String id) {
        return ActorReference.newBuilder().setActorId(id).setName("Andrii Sybiha").setType(ActorType.PERSON)
                .setCountry("UKR").setRole("Minister of Foreign Affairs").setCameo("UKRGOV")
                .setAliases(List.of("Sybiha")).setTitles(List.of("Foreign Minister")).setRoleFrom("2024-09-05")
                .setRoleTo(null).setSource("public record").build();
    }

    public static DeadLetter deadLetter() {
        return DeadLetter.newBuilder().setEventId("ingest.parse:news.articles.submitted-0@7").setStage("ingest.parse")
                .setReason("Invalid JSON").setErrorClass("com.fasterxml.jackson.core.JsonParseException")
                .setErrorMessage("Unexpected character").setSourceTopic("news.articles.submitted")
                .setSourcePartition(0).setSourceOffset(7L).setOriginalKey(null)
                .setOriginalValue(ByteBuffer.wrap(new byte[] {'{', 'x'})).setApplication("newsflow-ingest")
                .setFailedAt(INGESTED).build();
    }
}
