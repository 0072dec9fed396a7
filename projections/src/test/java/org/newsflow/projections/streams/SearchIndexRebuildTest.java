package org.newsflow.projections.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.projections.support.Events.article;
import static org.newsflow.projections.support.Events.paragraph;
import static org.newsflow.projections.support.Events.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.ParagraphEnriched;

/**
 * The search index has no changelog: an index that does not match the restored article and paragraph stores (wiped
 * after a crash, or left behind by an earlier owner of the partition) is rebuilt from them when the task starts,
 * entry for entry; one that matches is kept.
 */
class SearchIndexRebuildTest {

    static final Instant PUBLISHED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant INGESTED = Instant.parse("2026-03-01T10:05:00Z");

    final MockProcessorContext<String, ActorDeltas> context = new MockProcessorContext<>();
    final KeyValueStore<String, ArticleState> articles = store(StoreNames.ARTICLES, ArticleCodecs.ARTICLE_STATE);
    final KeyValueStore<String, ParagraphState> paragraphs =
            store(StoreNames.ARTICLE_PARAGRAPHS, ArticleCodecs.PARAGRAPH_STATE);
    final KeyValueStore<String, Posting> search = store(StoreNames.SEARCH_INDEX, Posting.SERDE);
    final KeyValueStore<String, Long> counters = store(StoreNames.ARTICLE_STATS, Serdes.Long());
    long offset;

    SearchIndexRebuildTest() {
        store(StoreNames.ARTICLE_INDEX, ArticleCodecs.ARTICLE_SUMMARY);
    }

    @Test
    void aWipedIndexIsRebuiltEntryForEntry() {
        ArticleProjector projector = started();
        firstEvents(projector);
        Map<String, Posting> before = dump();
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("paris" + Keys.SEP))
                .anyMatch(k -> k.startsWith("actor:olaf_scholz" + Keys.SEP))
                .noneMatch(k -> k.startsWith("rome" + Keys.SEP)); // replaced by a later delivery

        raw().keySet().forEach(search::delete);
        started();

        assertThat(dump()).isEqualTo(before);
        // the rebuilt index is the one the stores were written with: the next start keeps it
        String untouched = Keys.of("zzz", "not-rebuilt", Keys.index(1));
        search.put(untouched, new Posting(1, 1));
        started();
        assertThat(search.get(untouched)).isNotNull();
    }

    @Test
    void anIndexLeftByAnEarlierOwnerIsRebuilt() {
        firstEvents(started());
        Map<String, Posting> leftBehind = raw();
        // the partition moves to another instance, which goes on; then it comes back to this one's old copy
        ArticleProjector next = started();
        process(next, article("a1", "r2", 1, PUBLISHED, INGESTED.plusSeconds(3600)));
        process(next, paragraph("a1", "r2", 1, 1, PUBLISHED, INGESTED.plusSeconds(3600), "Talks moved to Vienna.",
                1.0, List.of(), List.of()));
        Map<String, Posting> current = dump();
        assertThat(current).isNotEqualTo(leftBehind);

        raw().keySet().forEach(search::delete);
        leftBehind.forEach(search::put);
        started();

        assertThat(dump()).isEqualTo(current);
        assertThat(dump().keySet()).anyMatch(k -> k.startsWith("vienna" + Keys.SEP))
                .noneMatch(k -> k.startsWith("paris" + Keys.SEP + "a1"));
    }

    @Test
    void anIndexThatMatchesItsStoresIsKeptWithoutARebuild() {
        firstEvents(started());
        String untouched = Keys.of("zzz", "not-rebuilt", Keys.index(1));
        search.put(untouched, new Posting(1, 1));

        started();

        assertThat(search.get(untouched)).isNotNull();
    }

    private void firstEvents(ArticleProjector projector) {
        process(projector, paragraph("a1", "r1", 1, 2, PUBLISHED, INGESTED, "Leaders met in Paris on Monday.", 1.0,
                List.of(person("olaf_scholz", "Olaf Scholz", 2)), List.of()));
        process(projector, paragraph("a1", "r1", 2, 2, PUBLISHED, INGESTED, "Talks go on in Rome.", 1.0,
                List.of(), List.of()));
        ParagraphEnriched again = paragraph("a1", "r1", 2, 2, PUBLISHED, INGESTED, "Talks go on in Geneva.", 1.0,
                List.of(), List.of());
        again.setEventId("a1:r1:2:again");
        process(projector, again);
        process(projector, article("a2", "r1", 1, PUBLISHED, INGESTED));
        process(projector, paragraph("a2", "r1", 1, 1, PUBLISHED, INGESTED, "Markets fell in Paris.", -2.0,
                List.of(), List.of()));
    }

    /** A projector started on the stores as they are, as when a task starts after its stores are restored. */
    private ArticleProjector started() {
        ArticleProjector projector = new ArticleProjector(new ActorRouting());
        projector.init(context);
        return projector;
    }

    private void process(ArticleProjector projector, ParagraphEnriched p) {
        context.setRecordMetadata("enriched", 0, offset++);
        projector.process(new Record<>(p.getArticleId(), ArticleInput.of(p), p.getIngestedAt().toEpochMilli()));
    }

    private void process(ArticleProjector projector, ArticleIngested a) {
        context.setRecordMetadata("articles", 0, offset++);
        projector.process(new Record<>(a.getArticleId(), ArticleInput.of(a), a.getIngestedAt().toEpochMilli()));
    }

    /** The postings. */
    private Map<String, Posting> dump() {
        Map<String, Posting> out = raw();
        out.remove(SearchIndex.GENERATION_KEY);
        return out;
    }

    /** Everything in the store, the generation included. */
    private Map<String, Posting> raw() {
        Map<String, Posting> out = new TreeMap<>();
        search.all().forEachRemaining(kv -> out.put(kv.key, kv.value));
        return out;
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
