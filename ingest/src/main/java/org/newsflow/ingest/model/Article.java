package org.newsflow.ingest.model;

import java.util.List;

/**
 * An accepted article: normalised metadata (null when absent) and its paragraphs in order. {@code publishedAt} is
 * epoch milliseconds (UTC). {@code truncatedParagraphs} are the positions (from 1) of paragraphs cut to the
 * paragraph size limit.
 */
public record Article(String id, String url, String title, String source, String language, Long publishedAt,
                      List<String> paragraphs, List<Integer> truncatedParagraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        // Absent in articles written before paragraphs could be cut.
        truncatedParagraphs = truncatedParagraphs == null ? List.of() : List.copyOf(truncatedParagraphs);
    }

    public Article(String id, String url, String title, String source, String language, Long publishedAt,
                   List<String> paragraphs) {
        this(id, url, title, source, language, publishedAt, paragraphs, List.of());
    }

    public boolean truncated(int index) {
        return truncatedParagraphs.contains(index);
    }

    /** The canonical body: the paragraphs joined by single line breaks. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
