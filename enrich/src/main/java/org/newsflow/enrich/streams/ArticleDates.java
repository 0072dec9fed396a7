package org.newsflow.enrich.streams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.newsflow.events.ParagraphIngested;

/** The day an article speaks of: its publication date, else the day it was ingested (UTC). */
final class ArticleDates {

    private ArticleDates() {
    }

    static LocalDate of(ParagraphIngested paragraph) {
        Instant at = paragraph.getPublishedAt() != null ? paragraph.getPublishedAt() : paragraph.getIngestedAt();
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
