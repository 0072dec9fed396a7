package org.newsflow.projections.model;

import java.util.List;

/**
 * An article's current revision: metadata, overall tone, actors ranked by mentions and the paragraphs in order.
 * {@code paragraphCount} is the number the revision announced, {@code paragraphsReceived} how many are here yet.
 */
public record ArticleView(String id, String revision, String title, String source, String url, String language,
                          String publishedAt, String ingestedAt, int paragraphCount, int paragraphsReceived,
                          boolean complete, ToneView tone, SentimentView sentiment, List<ArticleActorView> actors,
                          List<ParagraphView> paragraphs) {
}
