package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.projections.support.Events.country;
import static org.newsflow.projections.support.Events.paragraph;
import static org.newsflow.projections.support.Events.person;
import static org.newsflow.projections.support.Events.quote;
import static org.newsflow.projections.support.Events.withWikidata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsflow.projections.model.ActorNetwork;
import org.newsflow.projections.model.ActorSummary;
import org.newsflow.projections.model.ActorView;
import org.newsflow.projections.model.Graph;
import org.newsflow.projections.model.Timeline;
import org.newsflow.projections.support.ProjectionsDriver;

/** The actor-keyed views: actor, timeline, network, and the article-keyed search index. */
class ActorViewsTopologyTest {

    static final Instant DAY1 = Instant.parse("2025-03-01T10:15:00Z");
    static final Instant DAY2 = Instant.parse("2025-03-02T08:00:00Z");

    private final ProjectionsDriver driver = new ProjectionsDriver();

    @AfterEach
    void close() {
        driver.close();
    }

    private void load() {
        driver.pipe(paragraph("a1", "r1", 1, 2, DAY1, DAY1, "Rubio and Lavrov met in Riyadh.", -2.0,
                List.of(person("marco_rubio", "Marco Rubio", 2), person("sergei_lavrov", "Sergei Lavrov", 1)),
                List.of(quote("It was useful", "marco_rubio"))));
        driver.pipe(paragraph("a1", "r1", 2, 2, DAY1, DAY1, "Russia welcomed the talks with Rubio.", 4.0,
                List.of(withWikidata(country("russia", "Russia", 1), "Q159"),
                        person("marco_rubio", "Marco Rubio", 1), person("sergei_lavrov", "Sergei Lavrov", 1)),
                List.of(quote("A first step", "sergei_lavrov"))));
        driver.pipe(paragraph("a2", "r1", 1, 1, DAY2, DAY2, "Rubio flew home from Riyadh.", 1.0,
                List.of(person("marco_rubio", "Marco Rubio", 1)),
                List.of(quote("Home again", "marco_rubio"), quote("Unattributed", "donald_trump"))));
    }

    @Test
    void actorViewCountsMentionsArticlesToneAndQuotes() {
        load();
        ActorView rubio = driver.views().actor("marco_rubio").orElseThrow();
        assertThat(rubio.name()).isEqualTo("Marco Rubio");
        assertThat(rubio.type()).isEqualTo("PERSON");
        assertThat(rubio.mentions()).isEqualTo(4);
        assertThat(rubio.paragraphs()).isEqualTo(3);
        assertThat(rubio.articles()).isEqualTo(2);
        assertThat(rubio.avgTone()).isEqualTo(1.0); // (-2 + 4 + 1) / 3
        assertThat(rubio.avgSentiment()).isEqualTo(-0.25);
        assertThat(rubio.firstSeen()).isEqualTo("2025-03-01T10:15:00.000Z");
        assertThat(rubio.lastSeen()).isEqualTo("2025-03-02T08:00:00.000Z");
        assertThat(rubio.topCoMentions()).extracting(c -> c.id() + "=" + c.weight())
                .containsExactly("sergei_lavrov=2", "russia=1");
        assertThat(rubio.latestQuotes()).extracting(q -> q.text()).containsExactly("Home again", "It was useful");
        assertThat(rubio.wikidata()).isNull();
        ActorView russia = driver.views().actor("russia").orElseThrow();
        assertThat(russia.wikidata()).as("the identity users join other data on").isEqualTo("Q159");
        // a quote by a speaker the paragraph does not mention is kept, but makes no actor
        assertThat(driver.views().actor("donald_trump")).isEmpty();
    }

    @Test
    void actorRankingByMentionsAndTone() {
        load();
        List<ActorSummary> byMentions = driver.views().actors(ActorSort.MENTIONS, false, 1, 0, 10).items();
        assertThat(byMentions).extracting(ActorSummary::id)
                .containsExactly("marco_rubio", "sergei_lavrov", "russia");
        List<ActorSummary> byTone = driver.views().actors(ActorSort.TONE, false, 1, 0, 2).items();
        assertThat(byTone).extracting(ActorSummary::id).containsExactly("russia", "marco_rubio");
        assertThat(driver.views().actors(ActorSort.MENTIONS, false, 1, 1, 1).items())
                .extracting(ActorSummary::id).containsExactly("sergei_lavrov");
        assertThat(driver.views().actors(ActorSort.MENTIONS, false, 1, 0, 10).total()).isEqualTo(3);
        assertThat(byTone.get(0).wikidata()).isEqualTo("Q159");
    }

    @Test
    void timelineByHourAndDay() {
        load();
        Timeline daily = driver.views().timeline("marco_rubio", Interval.DAY, null, null, 0, 100).orElseThrow();
        assertThat(daily.buckets()).extracting(b -> b.start() + " " + b.mentions() + " " + b.avgTone())
                .containsExactly("2025-03-01T00:00:00.000Z 3 1.0", "2025-03-02T00:00:00.000Z 1 1.0");
        Timeline hourly = driver.views().timeline("marco_rubio", Interval.HOUR,
                DAY1.minus(Duration.ofHours(1)).toEpochMilli(), DAY1.plus(Duration.ofHours(1)).toEpochMilli(), 0, 100)
                .orElseThrow();
        assertThat(hourly.buckets()).singleElement().satisfies(b -> {
            assertThat(b.start()).isEqualTo("2025-03-01T10:00:00.000Z");
            assertThat(b.end()).isEqualTo("2025-03-01T11:00:00.000Z");
            assertThat(b.paragraphs()).isEqualTo(2);
        });
        assertThat(driver.views().timeline("nobody", Interval.DAY, null, null, 0, 10)).isEmpty();
    }

    @Test
    void timelineCarriesTheActorsMeanSentimentPerBucketApartFromTone() {
        driver.pipe(paragraph("a1", "r1", 1, 2, DAY1, DAY1, "Rubio was praised.", -3.0,
                List.of(person("marco_rubio", "Marco Rubio", 1, 0.6)), List.of()));
        driver.pipe(paragraph("a1", "r1", 2, 2, DAY1, DAY1, "Rubio was blamed.", -1.0,
                List.of(person("marco_rubio", "Marco Rubio", 1, -0.2)), List.of()));
        driver.pipe(paragraph("a2", "r1", 1, 1, DAY2, DAY2, "Rubio was attacked.", 2.0,
                List.of(person("marco_rubio", "Marco Rubio", 1, -0.5)), List.of()));
        Timeline daily = driver.views().timeline("marco_rubio", Interval.DAY, null, null, 0, 100).orElseThrow();
        assertThat(daily.buckets()).extracting(b -> b.start() + " " + b.avgTone() + " " + b.avgSentiment())
                .containsExactly("2025-03-01T00:00:00.000Z -2.0 0.2", "2025-03-02T00:00:00.000Z 2.0 -0.5");
        // a new revision of the first article retracts its paragraphs' sentiment from the bucket
        driver.pipe(paragraph("a1", "r2", 1, 1, DAY1, DAY1, "Rubio was blamed again.", -1.0,
                List.of(person("marco_rubio", "Marco Rubio", 1, -0.4)), List.of()));
        Timeline revised = driver.views().timeline("marco_rubio", Interval.DAY, null, null, 0, 100).orElseThrow();
        assertThat(revised.buckets()).extracting(b -> b.start() + " " + b.avgSentiment())
                .containsExactly("2025-03-01T00:00:00.000Z -0.4", "2025-03-02T00:00:00.000Z -0.5");
    }

    @Test
    void timelineRetentionDropsOldWindows() {
        try (ProjectionsDriver shortLived = new ProjectionsDriver(new ProjectionSettings(Duration.ofDays(1)))) {
            shortLived.pipe(paragraph("a1", "r1", 1, 1, DAY1, DAY1, "Rubio.", 1.0,
                    List.of(person("marco_rubio", "Marco Rubio", 1)), List.of()));
            Instant later = DAY1.plus(Duration.ofDays(5));
            shortLived.pipe(paragraph("a2", "r1", 1, 1, later, later, "Rubio again.", 1.0,
                    List.of(person("marco_rubio", "Marco Rubio", 1)), List.of()));
            Timeline daily = shortLived.views().timeline("marco_rubio", Interval.DAY, null, null, 0, 100)
                    .orElseThrow();
            assertThat(daily.buckets()).extracting(b -> b.start()).containsExactly("2025-03-06T00:00:00.000Z");
            // the actor itself still counts both
            assertThat(shortLived.views().actor("marco_rubio").orElseThrow().mentions()).isEqualTo(2);
        }
    }

    @Test
    void networkPerActorAndWholeGraph() {
        load();
        ActorNetwork lavrov = driver.views().network("sergei_lavrov", 0, 10).orElseThrow();
        assertThat(lavrov.neighbours()).extracting(c -> c.id() + "=" + c.weight() + "@" + c.avgTone())
                .containsExactly("marco_rubio=2@1.0", "russia=1@4.0");

        Graph all = driver.views().graph(1, 0, 100);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.edges()).extracting(e -> e.source() + "-" + e.target() + "=" + e.weight())
                .containsExactly("marco_rubio-sergei_lavrov=2", "marco_rubio-russia=1", "russia-sergei_lavrov=1");
        assertThat(all.nodes()).extracting(n -> n.id() + ":" + n.name())
                .containsExactly("marco_rubio:Marco Rubio", "russia:Russia", "sergei_lavrov:Sergei Lavrov");

        Graph heavy = driver.views().graph(2, 0, 100);
        assertThat(heavy.edges()).singleElement().satisfies(e -> assertThat(e.weight()).isEqualTo(2));
        assertThat(heavy.nodes()).hasSize(2);
    }

    @Test
    void searchByWordsAndActors() {
        load();
        var riyadh = driver.views().search("riyadh", Terms.query("Riyadh"), 0, 10);
        assertThat(riyadh.hits()).extracting(h -> h.articleId()).containsExactlyInAnyOrder("a1", "a2");
        var both = driver.views().search("riyadh russia", Terms.query("riyadh russia"), 0, 10);
        assertThat(both.hits()).singleElement().satisfies(h -> {
            assertThat(h.articleId()).isEqualTo("a1");
            assertThat(h.paragraphs()).extracting(p -> p.index()).containsExactly(1, 2);
        });
        var lavrov = driver.views().search("actor:sergei_lavrov", Terms.query("actor:sergei_lavrov"), 0, 10);
        assertThat(lavrov.hits()).extracting(h -> h.articleId()).containsExactly("a1");
        var title = driver.views().search("title", Terms.query("title a2"), 0, 10);
        assertThat(title.hits()).extracting(h -> h.articleId()).containsExactly("a2");
        assertThat(driver.views().search("x", Terms.query("nothing"), 0, 10).total()).isZero();
    }

    @Test
    void contributionsToTimelineWindowsOlderThanTheRetentionAreSkippedAndCounted() {
        try (org.newsflow.projections.support.ProjectionsDriver tenDays = new org.newsflow.projections.support
                .ProjectionsDriver(new ProjectionSettings(java.time.Duration.ofDays(10)))) {
            Instant recent = DAY1.plus(java.time.Duration.ofDays(100));
            tenDays.pipe(paragraph("new", "r1", 1, 1, recent, recent, "Rubio spoke.", 1.0,
                    List.of(person("marco_rubio", "Marco Rubio", 1)), List.of()));
            tenDays.pipe(paragraph("old", "r1", 1, 1, DAY1, DAY1, "Rubio spoke long ago.", 1.0,
                    List.of(person("marco_rubio", "Marco Rubio", 1)), List.of()));

            double skipped = tenDays.metrics().entrySet().stream()
                    .filter(e -> e.getKey().name().equals("expired-window-skip-total"))
                    .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
            assertThat(skipped).as("hourly and daily window of the old article").isEqualTo(2.0);
            Timeline daily = tenDays.views().timeline("marco_rubio", Interval.DAY, null, null, 0, 100).orElseThrow();
            assertThat(daily.buckets()).hasSize(1);
            assertThat(tenDays.views().actor("marco_rubio").orElseThrow().mentions()).isEqualTo(2);
        }
    }
}
