package org.newsflow.ingest.streams;

import org.newsflow.config.ConfigKeys;
import org.newsflow.config.NewsflowConfig;
import org.newsflow.ingest.model.ArticleParser;

/** What the ingest topology needs beyond its topics: the input limits and where to count. */
public record IngestSettings(int maxArticleBytes, int maxParagraphs, IngestMetrics metrics) {

    public static IngestSettings from(NewsflowConfig config, IngestMetrics metrics) {
        return new IngestSettings(config.getInt(ConfigKeys.INGEST_MAX_ARTICLE_BYTES),
                config.getInt(ConfigKeys.INGEST_MAX_PARAGRAPHS), metrics);
    }

    public ArticleParser parser() {
        return new ArticleParser(maxArticleBytes, maxParagraphs);
    }
}
