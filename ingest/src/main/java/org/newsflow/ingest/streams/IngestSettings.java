package org.newsflow.ingest.streams;

import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.ingest.model.ArticleParser;
import org.newsflow.runtime.streams.RecordLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the ingest topology needs beyond its topics: the parser with its input limits, the record size limits of
 * the topics it writes, and where to count.
 */
public record IngestSettings(ArticleParser parser, RecordLimits limits, IngestMetrics metrics) {

    /**
     * Room for what an article carries besides its text in its largest derived record (the whole article, as JSON,
     * on the repartition topic): metadata fields, key and framing.
     */
    static final int METADATA_BYTES = 48 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(IngestSettings.class);

    public static IngestSettings from(NewsflowConfig config, RecordLimits limits, IngestMetrics metrics) {
        return new IngestSettings(ArticleParser.of(config, maxArticleBytes(config, limits)), limits, metrics);
    }

    /** Kafka's default limits, for tests without a cluster. */
    public static IngestSettings from(NewsflowConfig config, IngestMetrics metrics) {
        return from(config, RecordLimits.kafkaDefaults(), metrics);
    }

    /**
     * The configured article limit, lowered when the article's derived records could not fit: on the repartition
     * topic the article is JSON, where escaping (quotes, backslashes) can at most double the text.
     */
    static int maxArticleBytes(NewsflowConfig config, RecordLimits limits) {
        int configured = config.getInt(ConfigKeys.INGEST_MAX_ARTICLE_BYTES);
        int fits = (limits.limitFor(repartitionTopic(config)) - METADATA_BYTES) / 2;
        if (configured > fits) {
            LOG.warn("{}={} is more than the topics can carry: articles are limited to {} bytes",
                    ConfigKeys.INGEST_MAX_ARTICLE_BYTES, configured, fits);
            return Math.max(1, fits);
        }
        return configured;
    }

    static String repartitionTopic(NewsflowConfig config) {
        return config.get(ConfigKeys.INGEST_APPLICATION_ID) + "-" + IngestTopology.REPARTITION + "-repartition";
    }

    public int maxArticleBytes() {
        return parser.maxBytes();
    }
}
