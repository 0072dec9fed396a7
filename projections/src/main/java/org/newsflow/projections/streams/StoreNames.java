package org.newsflow.projections.streams;

import java.util.List;

/** Names of every store, processor and repartition topic of the projections topology: defined once, used by all. */
public final class StoreNames {

    /** articleId → {@link ArticleState}: the current revision's metadata and running totals. */
    public static final String ARTICLES = "article-store";
    /** articleId \0 index → {@link ParagraphState}: the current revision's paragraphs. */
    public static final String ARTICLE_PARAGRAPHS = "article-paragraph-store";
    /** descending event time \0 articleId → article summary: the newest-first article list. */
    public static final String ARTICLE_INDEX = "article-index-store";
    /**
     * term \0 articleId \0 index → {@link Posting}: the inverted index, partitioned like the articles; no changelog,
     * rebuilt from the article and paragraph stores ({@link SearchIndex}).
     */
    public static final String SEARCH_INDEX = "search-index-store";

    /**
     * counter \0 partition → count: exact article and paragraph totals, one entry per input partition; and the
     * generation of each partition's search index ({@link SearchIndex}).
     */
    public static final String ARTICLE_STATS = "article-stats-store";

    /** actorId → {@link ActorAggregate}. */
    public static final String ACTORS = "actor-store";
    /** actorId \0 event time \0 articleId → 1: the articles mentioning an actor, oldest first. */
    public static final String ACTOR_ARTICLES = "actor-article-store";
    /** actorId \0 event time \0 articleId \0 index \0 ordinal → quote by the actor. */
    public static final String ACTOR_QUOTES = "actor-quote-store";
    /** actorId \0 otherId → {@link EdgeAggregate}: each co-mention edge kept under both of its actors. */
    public static final String NETWORK = "network-store";
    /** actorId, hourly windows → {@link TimelineAggregate}. */
    public static final String TIMELINE_HOURLY = "timeline-hourly-store";
    /** actorId, daily windows → {@link TimelineAggregate}. */
    public static final String TIMELINE_DAILY = "timeline-daily-store";

    public static final String WRAP_PARAGRAPHS = "wrap-enriched-paragraphs";
    public static final String WRAP_ARTICLES = "wrap-article-revisions";
    public static final String MERGE_INPUTS = "merge-article-inputs";
    public static final String ARTICLE_PROJECTOR = "article-projector";
    /** Repartition of the per-actor contributions by actorId: topic {@code <application.id>-actor-deltas-repartition}. */
    public static final String ACTOR_DELTAS = "actor-deltas";
    public static final String ACTOR_PROJECTOR = "actor-projector";

    public static final List<String> ARTICLE_STORES = List.of(ARTICLES, ARTICLE_PARAGRAPHS, ARTICLE_INDEX,
            SEARCH_INDEX, ARTICLE_STATS);
    public static final List<String> ACTOR_KEY_VALUE_STORES = List.of(ACTORS, ACTOR_ARTICLES, ACTOR_QUOTES, NETWORK);
    public static final List<String> WINDOW_STORES = List.of(TIMELINE_HOURLY, TIMELINE_DAILY);

    public static final String COUNT_ARTICLES = "articles";
    public static final String COUNT_PARAGRAPHS = "paragraphs";

    private StoreNames() {
    }

    /** Dead letters counted by the stage that rejected them (exact under exactly-once). */
    public static final String DEAD_LETTER_COUNTS = "dead-letter-count-store";
    public static final String DEAD_LETTERS_BY_STAGE = "dead-letters-by-stage";
    public static final String COUNT_DEAD_LETTERS = "count-dead-letters";
}
