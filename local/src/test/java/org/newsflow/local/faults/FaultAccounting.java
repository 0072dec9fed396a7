package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.faults.FaultSupport.Article;
import static org.newsflow.local.faults.FaultSupport.Outcome;
import static org.newsflow.local.faults.FaultSupport.paragraphCount;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.Topics;

/**
 * The accounting of a fault suite: records in = paragraphs served exactly as submitted + dead letters with the
 * expected reason, nothing duplicated in any topic or view, every actor view equal to the sum of the article views
 * of every article submitted so far.
 */
final class FaultAccounting {

    private final FaultPipeline pipeline;
    private final Topics topics;
    private final List<Article> all;
    private final Duration recovery;

    /** {@code all} collects every good article accounted so far (the suite may read it too). */
    FaultAccounting(FaultPipeline pipeline, Topics topics, List<Article> all, Duration recovery) {
        this.pipeline = pipeline;
        this.topics = topics;
        this.all = all;
        this.recovery = recovery;
    }

    /**
     * Waits until every good paragraph is visible exactly as submitted, every bad record is in the dead-letter
     * topic with the expected reason, and every actor view equals the sum of the article views; then counts.
     */
    Accounting account(String fault, List<Article> good, Map<String, String> badReasons, long faultEnd,
                               String note) throws Exception {
        all.addAll(good);
        int paragraphs = paragraphCount(good);
        long deadline = System.nanoTime() + recovery.toNanos();
        FaultSupport.ArticleTally tally = FaultSupport.tallyArticles(pipeline.projectionsUrl(), good);
        List<DeadLetter> letters = List.of();
        FaultSupport.ActorCheck actors = null;
        long recoveredAt = 0;
        while (System.nanoTime() < deadline) {
            tally = FaultSupport.tallyArticles(pipeline.projectionsUrl(), good);
            if (tally.found() >= paragraphs) {
                letters = badReasons.isEmpty() ? List.of() : FaultSupport.deadLetters(pipeline.bootstrapServers(),
                        topics.deadLetters(), badReasons::containsKey);
                if (letters.size() >= badReasons.size()) {
                    if (recoveredAt == 0) {
                        recoveredAt = System.nanoTime();
                    }
                    FaultSupport.ArticleTally everything = FaultSupport.tallyArticles(pipeline.projectionsUrl(), all);
                    actors = FaultSupport.checkActors(pipeline.projectionsUrl(), everything.actorTotals());
                    if (actors.behind() == 0) {
                        break;
                    }
                }
            }
            Thread.sleep(250);
        }
        long recoverMs = ((recoveredAt == 0 ? System.nanoTime() : recoveredAt) - faultEnd) / 1_000_000;

        String prefix = good.isEmpty() ? "\u0000" : good.get(0).id().substring(0, good.get(0).id().lastIndexOf('-'));
        List<ParagraphIngested> published = FaultSupport.readCommitted(pipeline.bootstrapServers(),
                        topics.paragraphs().name(), topics.paragraphs().valueSerde().deserializer()).stream()
                .map(ConsumerRecord::value).filter(p -> p != null && p.getArticleId().startsWith(prefix + "-"))
                .toList();
        List<ParagraphEnriched> enriched = FaultSupport.readCommitted(pipeline.bootstrapServers(),
                        topics.enriched().name(), topics.enriched().valueSerde().deserializer()).stream()
                .map(ConsumerRecord::value).filter(p -> p != null && p.getArticleId().startsWith(prefix + "-"))
                .toList();
        long duplicates = tally.duplicates()
                + FaultSupport.duplicateIds(published, ParagraphIngested::getEventId)
                + FaultSupport.duplicateIds(enriched, ParagraphEnriched::getEventId)
                + FaultSupport.duplicateIds(letters, DeadLetter::getEventId)
                + (actors == null ? 0 : actors.excess());

        long lettered = 0;
        List<String> wrong = new ArrayList<>();
        for (DeadLetter letter : letters.stream().collect(Collectors.toMap(DeadLetter::getEventId, l -> l,
                (a, b) -> a, TreeMap::new)).values()) {
            String key = FaultSupport.text(letter.getOriginalKey());
            String reason = badReasons.get(key);
            if (letter.getReason() != null && reason != null && letter.getReason().contains(reason)) {
                lettered++;
            } else {
                wrong.add(key + ": " + letter.getReason());
            }
        }
        String detail = note
                + (actors != null && actors.firstDifference() != null ? "; actor view off: "
                + actors.firstDifference() : actors == null ? "; actor views not checked (inputs missing)" : "")
                + (wrong.isEmpty() ? "" : "; unexpected dead letters: " + wrong)
                + (tally.missingArticles() > 0 ? "; articles not queryable: " + tally.missingArticles() : "");
        Outcome outcome = new Outcome(fault, paragraphs + badReasons.size(), tally.found() + lettered, duplicates,
                recoverMs, detail.replaceFirst("^; ", ""));
        return new Accounting(outcome, paragraphs, published.size(), enriched.size(), badReasons.size(),
                letters.size(), actors);
    }

    /** One fault's outcome and the raw counts behind it. */
    record Accounting(Outcome outcome, int paragraphs, int published, int enriched, int bad, int letters,
                              FaultSupport.ActorCheck actors) {
        Accounting with(Outcome adjusted) {
            return new Accounting(adjusted, paragraphs, published, enriched, bad, letters, actors);
        }
    }

    /** Exact counts: every record in is accounted for once, nothing is duplicated, every view agrees. */
    static void assertExact(Accounting a) {
        String line = a.outcome().line();
        assertThat(a.published()).as("paragraph events: " + line).isEqualTo(a.paragraphs());
        assertThat(a.enriched()).as("enriched events: " + line).isEqualTo(a.paragraphs());
        assertThat(a.letters()).as("dead letters: " + line).isEqualTo(a.bad());
        assertThat(a.actors()).as("actor views checked: " + line).isNotNull();
        assertThat(a.actors().behind()).as("actor views that differ from the article views: " + line).isZero();
        assertThat(a.outcome().accounted()).as(line).isEqualTo(a.outcome().in());
        assertThat(a.outcome().duplicates()).as(line).isZero();
    }
}
