package org.newsflow.local.projections;

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
 * A deterministic log for the projections: articles with paragraphs mentioning actors from a small pool, some
 * articles revised (the old revision re-delivered late), some paragraphs delivered twice. Knows the mention counts
 * the views must show: those of each article's final revision, counted once.
 */
final class ProjectionsData {

    /** One record for news.articles or news.paragraphs.enriched, in log order. */
    record Event(String articleId, Object value) {
    }

    static final Instant BASE = Instant.parse("2025-05-01T00:00:00Z");
    static final String[][] ACTORS = {
            {"marco_rubio", "Marco Rubio", "PERSON", "USA"}, {"sergei_lavrov", "Sergei Lavrov", "PERSON", "RUS"},
            {"vladimir_putin", "Vladimir Putin", "PERSON", "RUS"}, {"emmanuel_macron", "Emmanuel Macron", "PERSON", "FRA"},
            {"olaf_scholz", "Olaf Scholz", "PERSON", "DEU"}, {"nato", "NATO", "ORGANIZATION", null},
            {"united_nations", "United Nations", "ORGANIZATION", null}, {"russia", "Russia", "COUNTRY", "RUS"},
            {"ukraine", "Ukraine", "COUNTRY", "UKR"}, {"france", "France", "COUNTRY", "FRA"},
            {"germany", "Germany", "COUNTRY", "DEU"}, {"riyadh", "Riyadh", "LOCATION", "SAU"}};
    static final String[] WORDS = {"talks", "ceasefire", "sanctions", "summit", "energy", "border", "envoy", "deal",
            "security", "aid", "troops", "election", "minister", "agreement", "pressure", "markets"};

    final List<Event> log = new ArrayList<>();
    final List<String> articleIds = new ArrayList<>();
    final Map<String, Long> expectedMentions = new TreeMap<>();

    ProjectionsData(int articles, long seed) {
        Random rng = new Random(seed);
        for (int i = 0; i < articles; i++) {
            String id = "article-" + i;
            articleIds.add(id);
            Instant published = BASE.plus(Duration.ofMinutes(97L * i));
            Instant ingested = BASE.plus(Duration.ofDays(30)).plusSeconds(i);
            List<ParagraphEnriched> first = revision(rng, id, "r1-" + i, 3, published, ingested);
            if (i % 10 == 0) {
                Instant later = ingested.plusSeconds(3600);
                List<ParagraphEnriched> second = revision(rng, id, "r2-" + i, 2, published, later);
                emit(id, first, published, ingested);
                emit(id, second, published, later);
                log.add(new Event(id, first.get(1))); // the superseded revision, delivered late
                count(second);
            } else {
                emit(id, first, published, ingested);
                count(first);
            }
            if (i % 7 == 0) {
                ParagraphEnriched again = (ParagraphEnriched) log.get(log.size() - 1).value();
                log.add(new Event(id, again)); // delivered twice
            }
        }
    }

    private void emit(String id, List<ParagraphEnriched> paragraphs, Instant published, Instant ingested) {
        ParagraphEnriched p = paragraphs.get(0);
        log.add(new Event(id, ArticleIngested.newBuilder().setEventId(id + ":" + p.getRevision()).setArticleId(id)
                .setRevision(p.getRevision()).setTitle(p.getTitle()).setSource("Wire").setUrl(p.getUrl())
                .setLanguage("en").setPublishedAt(published).setIngestedAt(ingested)
                .setParagraphCount(paragraphs.size()).setContentHash(p.getRevision()).setBodyChars(500).build()));
        paragraphs.forEach(e -> log.add(new Event(id, e)));
    }

    private void count(List<ParagraphEnriched> paragraphs) {
        for (ParagraphEnriched p : paragraphs) {
            for (Actor a : p.getActors()) {
                expectedMentions.merge(a.getActorId(), (long) a.getMentions().size(), Long::sum);
            }
        }
    }

    private static List<ParagraphEnriched> revision(Random rng, String id, String revision, int count,
                                                    Instant published, Instant ingested) {
        List<ParagraphEnriched> out = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
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
            List<Quote> quotes = rng.nextInt(3) == 0 && !actors.isEmpty()
                    ? List.of(new Quote(0, 5, "We said " + WORDS[rng.nextInt(WORDS.length)], actors.get(0).getActorId()))
                    : List.of();
            String body = text.toString().trim();
            out.add(ParagraphEnriched.newBuilder().setEventId(id + ":" + revision + ":" + index).setArticleId(id)
                    .setRevision(revision).setIndex(index).setCount(count).setText(body)
                    .setTitle("Report " + id).setSource("Wire").setUrl("https://example.org/" + id).setLanguage("en")
                    .setPublishedAt(published).setIngestedAt(ingested).setActors(actors)
                    .setTone(new Tone(tone, Math.max(tone, 0), Math.max(-tone, 0), Math.abs(tone),
                            body.split(" ").length))
                    .setSentiment(new Sentiment(tone / 10, SentimentLabel.neutral)).setQuotes(quotes)
                    .setEngine("test").setEngineVersion("1").setEnrichedAt(ingested).build());
        }
        return out;
    }
}
