package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.projections.support.Events.article;
import static org.newsflow.projections.support.Events.country;
import static org.newsflow.projections.support.Events.paragraph;
import static org.newsflow.projections.support.Events.person;
import static org.newsflow.projections.support.Events.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.projections.support.ProjectionsDriver;

/**
 * Revisions and re-deliveries do not double count: the views after revisions, re-deliveries and late events equal
 * the views of a log holding only each article's final revision, delivered once.
 */
class ExactnessTopologyTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:15:00Z");
    static final Instant T1 = T0.plusSeconds(600);

    static ParagraphEnriched p(String article, String revision, int index, int count, Instant ingested,
                               String text, double tone, List<org.newsflow.events.Actor> actors) {
        return paragraph(article, revision, index, count, T0, ingested, text, tone, actors,
                List.of(quote("Quoted " + text, actors.isEmpty() ? null : actors.get(0).getActorId())));
    }

    static final ParagraphEnriched A_R1_1 = p("a", "r1", 1, 2, T0, "Rubio in Riyadh", -1.5,
            List.of(person("marco_rubio", "Marco Rubio", 2), person("sergei_lavrov", "Sergei Lavrov", 1)));
    static final ParagraphEnriched A_R1_2 = p("a", "r1", 2, 2, T0, "Russia talks", 0.5,
            List.of(country("russia", "Russia", 1), person("sergei_lavrov", "Sergei Lavrov", 1)));
    static final ParagraphEnriched A_R2_1 = p("a", "r2", 1, 1, T1, "Rubio and Russia in Riyadh", 2.25,
            List.of(person("marco_rubio", "Marco Rubio", 1), country("russia", "Russia", 1)));
    static final ParagraphEnriched B_R1_1 = p("b", "r1", 1, 1, T0, "Lavrov and Rubio again", -0.75,
            List.of(person("sergei_lavrov", "Sergei Lavrov", 1), person("marco_rubio", "Marco Rubio", 1)));

    @Test
    void revisionsAndRedeliveriesEqualAFreshReplayOfFinalRevisions() throws Exception {
        Map<String, String> messy;
        try (ProjectionsDriver d = new ProjectionsDriver()) {
            d.pipe(A_R1_1).pipe(A_R1_1).pipe(B_R1_1).pipe(A_R1_2).pipe(B_R1_1);
            d.pipe(article("a", "r2", 1, T0, T1));
            d.pipe(A_R2_1).pipe(A_R2_1);
            d.pipe(A_R1_2); // late re-delivery of the superseded revision
            d.pipe(A_R2_1);
            messy = snapshot(d);
        }
        Map<String, String> clean;
        try (ProjectionsDriver d = new ProjectionsDriver()) {
            d.pipe(B_R1_1).pipe(article("a", "r2", 1, T0, T1)).pipe(A_R2_1);
            clean = snapshot(d);
        }
        assertSame(messy, clean);
        assertThat(messy.get("actor marco_rubio")).contains("\"mentions\":2", "\"articles\":2");
    }

    @Test
    void sameParagraphUnderANewEventIdReplacesItsEarlierCopy() throws Exception {
        Map<String, String> twice;
        try (ProjectionsDriver d = new ProjectionsDriver()) {
            ParagraphEnriched again = ParagraphEnriched.newBuilder(B_R1_1).setEventId("other-id").build();
            d.pipe(B_R1_1).pipe(again);
            twice = snapshot(d);
        }
        Map<String, String> once;
        try (ProjectionsDriver d = new ProjectionsDriver()) {
            d.pipe(B_R1_1);
            once = snapshot(d);
        }
        // the stored copy keeps the event id that delivered it; everything else is equal
        twice.remove("store " + StoreNames.ARTICLE_PARAGRAPHS);
        once.remove("store " + StoreNames.ARTICLE_PARAGRAPHS);
        assertSame(twice, once);
    }

    static void assertSame(Map<String, String> actual, Map<String, String> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        actual.forEach((k, v) -> assertThat(v).as(k).isEqualTo(expected.get(k)));
    }

    /** Every view of every key as JSON. */
    static Map<String, String> snapshot(ProjectionsDriver d) throws JsonProcessingException {
        var json = JsonSerde.MAPPER;
        LocalViews v = d.views();
        Map<String, String> out = new TreeMap<>();
        out.put("articles", json.writeValueAsString(v.articles(0, 100)));
        out.put("actors", json.writeValueAsString(v.actors(ActorSort.MENTIONS, false, 1, 0, 100)));
        out.put("graph", json.writeValueAsString(v.graph(1, 0, 100)));
        out.put("paragraphs", String.valueOf(v.count(StoreNames.COUNT_PARAGRAPHS)));
        for (String a : List.of("a", "b")) {
            out.put("article " + a, json.writeValueAsString(v.article(a).orElse(null)));
        }
        for (String actor : List.of("marco_rubio", "sergei_lavrov", "russia")) {
            out.put("actor " + actor, json.writeValueAsString(v.actor(actor).orElse(null)));
            out.put("network " + actor, json.writeValueAsString(v.network(actor, 0, 100).orElse(null)));
            out.put("hours " + actor, json.writeValueAsString(v.timeline(actor, Interval.HOUR, null, null, 0, 100).orElse(null)));
            out.put("days " + actor, json.writeValueAsString(v.timeline(actor, Interval.DAY, null, null, 0, 100).orElse(null)));
        }
        for (String q : List.of("rubio", "riyadh", "russia talks", "actor:sergei_lavrov", "quoted")) {
            out.put("search " + q, json.writeValueAsString(v.search(q, Terms.query(q), 0, 100)));
        }
        // the raw stores too, except the windowed ones (covered by the timelines above)
        for (String store : ProjectionsDriver.allKeyValueStores()) {
            out.put("store " + store, json.writeValueAsString(d.dump(store)));
        }
        return out;
    }
}
