package org.newsflow.enrich.engine;

import org.newsflow.enrich.engine.model.ArticleContext;
import org.newsflow.enrich.engine.model.Enrichment;

/**
 * Finds the actors, tone and quotes of one news paragraph.
 *
 * <p>Implementations are created once and shared: {@link #enrich} is safe to call from several threads at once,
 * as long as each call gets its own {@link ArticleContext} (one per article, updated by the call).
 */
public interface Enricher {

    /**
     * @param paragraphText the paragraph as published; every offset in the result points into this string
     * @param context       what earlier paragraphs of the same article said about actors; read and updated
     */
    Enrichment enrich(String paragraphText, ArticleContext context);

    /** Short engine name recorded with every enriched event. */
    String name();

    /** Engine version (code and bundled data) recorded with every enriched event. */
    String version();
}
