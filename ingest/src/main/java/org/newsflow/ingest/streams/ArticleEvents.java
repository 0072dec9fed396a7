package org.newsflow.ingest.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.ingest.model.Article;
import org.newsflow.ingest.model.ArticleIdentity;
import org.newsflow.ingest.model.ArticleParser;

/** The events of one article revision: one {@link ArticleIngested} and its paragraphs in order. */
record ArticleEvents(ArticleIngested article, List<ParagraphIngested> paragraphs) {

    static ArticleEvents of(Article article, ArticleIdentity identity, Instant ingestedAt) {
        Instant publishedAt = article.publishedAt() == null ? null : Instant.ofEpochMilli(article.publishedAt());
        int count = article.paragraphs().size();
        ArticleIngested header = ArticleIngested.newBuilder()
                .setEventId(identity.articleEventId())
                .setArticleId(identity.articleId())
                .setRevision(identity.revision())
                .setTitle(article.title())
                .setSource(article.source())
                .setUrl(article.url())
                .setLanguage(article.language())
                .setPublishedAt(publishedAt)
                .setIngestedAt(ingestedAt)
                .setParagraphCount(count)
                .setContentHash(identity.contentHash())
                .setBodyChars(article.body().length())
                .build();
        List<ParagraphIngested> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            paragraphs.add(ParagraphIngested.newBuilder()
                    .setEventId(identity.paragraphEventId(i + 1))
                    .setArticleId(identity.articleId())
                    .setRevision(identity.revision())
                    .setIndex(i + 1)
                    .setCount(count)
                    .setText(article.paragraphs().get(i))
                    .setTitle(article.title())
                    .setSource(article.source())
                    .setUrl(article.url())
                    .setLanguage(article.language())
                    .setPublishedAt(publishedAt)
                    .setIngestedAt(ingestedAt)
                    .setTruncated(article.truncated(i + 1) ? List.of(ArticleParser.PARAGRAPH_BYTES_LIMIT) : List.of())
                    .build());
        }
        return new ArticleEvents(header, paragraphs);
    }
}
