package org.newsflow.projections.streams;

/**
 * The views the query API answers from, each backed by one store: what the HTTP layer names instead of stores. A
 * keyed view has one owner per key ({@link QueryService#byKey}); a list view is spread over the instances that hold
 * active tasks of it ({@link QueryService#instances}).
 */
public enum View {
    /** One article with its paragraphs, by article id. */
    ARTICLE(StoreNames.ARTICLES),
    /** One actor with its timeline and network, by actor id; also the actor list. */
    ACTOR(StoreNames.ACTORS),
    /** Articles, newest first. */
    ARTICLE_LIST(StoreNames.ARTICLE_INDEX),
    /** Dead letters counted per stage and reason. */
    DEAD_LETTER_COUNTS(StoreNames.DEAD_LETTER_COUNTS),
    /** The co-mention network of every actor. */
    NETWORK(StoreNames.NETWORK),
    /** The paragraph search index. */
    SEARCH(StoreNames.SEARCH_INDEX);

    private final String store;

    View(String store) {
        this.store = store;
    }

    String store() {
        return store;
    }
}
