package org.newsflow.ingest.model;

import java.util.List;

/**
 * An accepted article: normalised metadata (null when absent) and its paragraphs in order. {@code publishedAt} is
 * epoch milliseconds (UTC).
 */
public record Article(String id, String url, String title, String source, String language, Long publishedAt,
                      List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The canonical body: the paragraphs joined by single line breaks. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
