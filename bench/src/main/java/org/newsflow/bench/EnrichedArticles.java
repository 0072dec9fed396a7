package org.newsflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

/**
 * The projections' input built directly, without ingest or enrich: for each article its {@link ArticleIngested}
 * event and its {@link ParagraphEnriched} paragraphs, each mentioning one to three actors of a small pool, plus five
 * words of a fixed list. Deterministic for a seed; knows the mention count each actor must end up with.
 */
final class EnrichedArticles {

    static final Instant BASE = Instant.parse("2025-05-01T00:00:00Z");
    /** Actor pool: id, name, type, country. */
    static final String[][] ACTORS = {
            {"marco_rubio", "Marco Rubio", "PERSON", "USA"}, {"sergei_lavrov", "Sergei Lavrov", "PERSON", "RUS"},
            {"vladimir_putin", "Vladimir Putin", "PERSON", "RUS"},
            {"emmanuel_macron", "Emmanuel Macron", "PERSON", "FRA"},
            {"olaf_scholz", "Olaf Scholz", "PERSON", "DEU"}, {"nato", "NATO", "ORGANIZATION", null},
            {"united_nations", "United Nations", "ORGANIZATION", null}, {"russia", "Russia", "COUNTRY", "RUS"},
            {"ukraine", "Ukraine", "COUNTRY", "UKR"}, {"france", "France", "COUNTRY", "FRA"},
            {"germany", "Germany", "COUNTRY", "DEU"}, {"riyadh", "Riyadh", "LOCATION", "SAU"}};
    static final String[] WORDS = {"talks", "ceasefire", "sanctions", "summit", "energy", "border", "envoy", "deal",
            "security", "aid", "troops", "election", "minister", "agreement", "pressure", "markets"};

    final List<String> articleIds = new ArrayList<>();
    final List<ArticleIngested> articles = new ArrayList<>();
    final List<ParagraphEnriched> paragraphs = new ArrayList<>();
    final Map<String, Long> expectedMentions = new TreeMap<>();

    /** {@code count} articles {@code article-0…}, one every 97 minutes of publication time, each one revision. */
    EnrichedArticles(int count, int perArticle, long seed) {
        Random rng = new Random(seed);
        for (int i = 0; i < count; i++) {
            String id = "article-" + i;
            String revision = "r1-" + i;
            Instant published = BASE.plus(Duration.ofMinutes(97L * i));
            Instant ingested = BASE.plus(Duration.ofDays(30)).plusSeconds(i);
            articleIds.add(id);
            articles.add(ArticleIngested.newBuilder().setEventId(id + ":" + revision).setArticleId(id)
                    .setRevision(revision).setTitle("Report " + id).setSource("Wire")
                    .setUrl("https://example.org/" + id).setLanguage("en").setPublishedAt(published)
                    .setIngestedAt(ingested).setParagraphCount(perArticle).setContentHash(revision)
                    .setBodyChars(500).build());
            for (int index = 1; index <= perArticle; index++) {
                ParagraphEnriched p = paragraph(rng, id, revision, index, perArticle, published, ingested);
                paragraphs.add(p);
                for (Actor a : p.getActors()) {
                    expectedMentions.merge(a.getActorId(), (long) a.getMentions().size(), Long::sum);
                }
            }
        }
    }

    private static ParagraphEnriched paragraph(Random rng, String id, String revision, int index, int count,
                                               Instant published, Instant ingested) {
        List<Actor> actors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            String[] a = ACTORS[rng.nextInt(ACTORS.length)];
            if (actors.stream().anyMatch(x -> x.getActorId().equals(a[0]))) {
                continue;
            }
            int mentions = 1 + rng.nextInt(3);
            List<Mention> ms = new ArrayList<>();
            for (int m = 0; m < mentions; m++) {
                int start = text.length();
                text.append(a[1]).append(' ');
                ms.add(new Mention(start, start + a[1].length(), a[1], MentionKind.name));
            }
            actors.add(Actor.newBuilder().setActorId(a[0]).setName(a[1]).setType(ActorType.valueOf(a[2]))
                    .setCountry(a[3]).setRole(null).setCameo(null)
                    .setSentiment(new Sentiment(Math.round(rng.nextGaussian() * 100) / 1000.0, SentimentLabel.neutral))
                    .setMentions(ms).build());
        }
        for (int w = 0; w < 5; w++) {
            text.append(WORDS[rng.nextInt(WORDS.length)]).append(' ');
        }
        double tone = Math.round(rng.nextGaussian() * 300) / 100.0;
        List<Quote> quotes = rng.nextInt(3) == 0
                ? List.of(new Quote(0, 5, "We said " + WORDS[rng.nextInt(WORDS.length)], actors.get(0).getActorId()))
                : List.of();
        String body = text.toString().trim();
        return ParagraphEnriched.newBuilder().setEventId(id + ":" + revision + ":" + index).setArticleId(id)
                .setRevision(revision).setIndex(index).setCount(count).setText(body)
                .setTitle("Report " + id).setSource("Wire").setUrl("https://example.org/" + id).setLanguage("en")
                .setPublishedAt(published).setIngestedAt(ingested).setActors(actors)
                .setTone(new Tone(tone, Math.max(tone, 0), Math.max(-tone, 0), Math.abs(tone), body.split(" ").length))
                .setSentiment(new Sentiment(tone / 10, SentimentLabel.neutral)).setQuotes(quotes)
                .setEngine("bench").setEngineVersion("1").setEnrichedAt(ingested).build();
    }
}
