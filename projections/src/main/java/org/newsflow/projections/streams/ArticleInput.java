package org.newsflow.projections.streams;

import org.newsflow.events.ArticleIngested;
import org.newsflow.events.ParagraphEnriched;

/** Either input of the article projector: an enriched paragraph or an article revision's announcement. */
public record ArticleInput(ParagraphEnriched paragraph, ArticleIngested article) {

    public static ArticleInput of(ParagraphEnriched paragraph) {
        return new ArticleInput(paragraph, null);
    }

    public static ArticleInput of(ArticleIngested article) {
        return new ArticleInput(null, article);
    }

    public String articleId() {
        return paragraph != null ? paragraph.getArticleId() : article.getArticleId();
    }

    public String revision() {
        return paragraph != null ? paragraph.getRevision() : article.getRevision();
    }

    public long ingestedAt() {
        return paragraph != null ? paragraph.getIngestedAt().toEpochMilli() : article.getIngestedAt().toEpochMilli();
    }

    /** The article's event time: when it was published, else when it was ingested. */
    public long eventTime() {
        java.time.Instant published = paragraph != null ? paragraph.getPublishedAt() : article.getPublishedAt();
        return published != null ? published.toEpochMilli() : ingestedAt();
    }
}
