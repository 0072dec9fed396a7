package org.newsflow.enrich.streams;

import org.junit.jupiter.api.Test;
import org.newsflow.events.ParagraphIngested;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDatesTest {

    private static ParagraphIngested paragraph(Instant publishedAt, Instant ingestedAt) {
        return ParagraphIngested.newBuilder().setEventId("e").setArticleId("a").setRevision("r").setIndex(1)
                .setCount(1).setText("t").setPublishedAt(publishedAt).setIngestedAt(ingestedAt).build();
    }

    @Test
    void theArticleSpeaksOfItsPublicationDayElseTheDayItWasIngested() {
        Instant ingested = Instant.parse("2026-11-30T10:00:00Z");
        assertThat(ArticleDates.of(paragraph(Instant.parse("2010-06-01T23:30:00Z"), ingested)))
                .isEqualTo(LocalDate.parse("2010-06-01"));
        assertThat(ArticleDates.of(paragraph(null, ingested))).isEqualTo(LocalDate.parse("2026-11-30"));
    }
}
