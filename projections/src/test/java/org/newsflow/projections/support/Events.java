package org.newsflow.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsflow.events.Actor;
import org.newsflow.events.ActorType;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.Mention;
import org.newsflow.events.MentionKind;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.Quote;
import org.newsflow.events.Sentiment;
import org.newsflow.events.SentimentLabel;
import org.newsflow.events.Tone;

/** Builds input events for tests: an article revision with paragraphs mentioning actors. */
public final class Events {

    private Events() {
    }

    /** The actor with a Wikidata QID, as the engine sends actors the knowledge base knows. */
    public static Actor withWikidata(Actor actor, String qid) {
        return Actor.newBuilder(actor).setWikidata(qid).build();
    }

    public static Actor actor(String id, String name, ActorType type, String country, int mentions) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            ms.add(Mention.newBuilder().setStart(i).setEnd(i + 1).setText(name).setKind(MentionKind.name).build());
        }
        return Actor.newBuilder().setActorId(id).setName(name).setType(type).setCountry(country)
                .setRole(type == ActorType.PERSON ? "official" : null)
                .setSentiment(Sentiment.newBuilder().setScore(-0.25).setLabel(SentimentLabel.negative).build())
                .setMentions(ms).build();
    }

    public static Actor person(String id, String name, int mentions) {
        return actor(id, name, ActorType.PERSON, "USA", mentions);
    }

    /** A person portrayed with the given sentiment score. */
    public static Actor person(String id, String name, int mentions, double sentiment) {
        Actor a = person(id, name, mentions);
        SentimentLabel label = sentiment <= -0.05 ? SentimentLabel.negative
                : sentiment >= 0.05 ? SentimentLabel.positive : SentimentLabel.neutral;
        a.setSentiment(Sentiment.newBuilder().setScore(sentiment).setLabel(label).build());
        return a;
    }

    public static Actor country(String id, String name, int mentions) {
        return actor(id, name, ActorType.COUNTRY, id.toUpperCase().substring(0, 3), mentions);
    }

    public static Quote quote(String text, String speaker) {
        return Quote.newBuilder().setStart(0).setEnd(text.length()).setText(text).setSpeaker(speaker).build();
    }

    public static ParagraphEnriched paragraph(String articleId, String revision, int index, int count,
                                              Instant publishedAt, Instant ingestedAt, String text, double tone,
                                              List<Actor> actors, List<Quote> quotes) {
        return ParagraphEnriched.newBuilder()
                .setEventId(articleId + ":" + revision + ":" + index)
                .setArticleId(articleId).setRevision(revision).setIndex(index).setCount(count).setText(text)
                .setTitle("Title of " + articleId).setSource("wire").setUrl("https://example.org/" + articleId)
                .setLanguage("en").setPublishedAt(publishedAt).setIngestedAt(ingestedAt)
                .setActors(actors)
                .setTone(Tone.newBuilder().setTone(tone).setPositive(Math.max(tone, 0)).setNegative(Math.max(-tone, 0))
                        .setPolarity(Math.abs(tone)).setWordCount(text.split("\\s+").length).build())
                .setSentiment(Sentiment.newBuilder().setScore(tone / 10).setLabel(SentimentLabel.neutral).build())
                .setQuotes(quotes).setEngine("test").setEngineVersion("1").setEnrichedAt(ingestedAt)
                .build();
    }

    public static ArticleIngested article(String articleId, String revision, int count, Instant publishedAt,
                                          Instant ingestedAt) {
        return ArticleIngested.newBuilder().setEventId(articleId + ":" + revision).setArticleId(articleId)
                .setRevision(revision).setTitle("Title of " + articleId).setSource("wire")
                .setUrl("https://example.org/" + articleId).setLanguage("en").setPublishedAt(publishedAt)
                .setIngestedAt(ingestedAt).setParagraphCount(count).setContentHash(revision).setBodyChars(100)
                .build();
    }
}
