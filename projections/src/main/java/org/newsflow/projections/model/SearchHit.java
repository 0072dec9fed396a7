package org.newsflow.projections.model;

import java.util.List;

/** An article holding every query term, its score and its best matching paragraphs. */
public record SearchHit(String articleId, String title, String source, String time, long score,
                        List<SearchParagraph> paragraphs) {
}
