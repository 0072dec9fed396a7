package org.newsflow.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.ingest.testing.SeedArticle;

class ParagraphSplitterTest {

    @Test
    void splitsOnOneOrMoreLineBreaksAndDropsEmptyParagraphs() {
        assertThat(ParagraphSplitter.split("one\ntwo\n\n\nthree\n  \n four ")).containsExactly("one", "two", "three",
                "four");
    }

    @Test
    void emptyTextHasNoParagraphs() {
        assertThat(ParagraphSplitter.split("")).isEmpty();
        assertThat(ParagraphSplitter.split("\n \n")).isEmpty();
    }

    @Test
    void keepsVeryLongParagraphsWhole() {
        String longParagraph = "word ".repeat(50_000).strip();
        assertThat(ParagraphSplitter.split("intro\n" + longParagraph)).containsExactly("intro", longParagraph);
    }

    @Test
    void sampleArticleHasTenParagraphsWithTheirTextPreserved() {
        String raw = SeedArticle.text();
        List<String> lines = raw.lines().toList();
        List<String> paragraphs = ParagraphSplitter.split(TextNormalizer.normalize(raw));

        assertThat(paragraphs).hasSize(SeedArticle.PARAGRAPHS).containsExactlyElementsOf(lines);
        assertThat(paragraphs.get(0)).startsWith("In a critical announcement on Friday, U.S. Secretary of State");
        assertThat(paragraphs.get(0)).contains("“That time is coming. It’s pretty short,”");
    }

    @Test
    void sampleArticleWithWindowsLineEndingsAndBlankLinesSplitsTheSame() {
        String raw = SeedArticle.text();
        String windows = raw.replace("\n", "\r\n\r\n");
        assertThat(ParagraphSplitter.split(TextNormalizer.normalize(windows)))
                .isEqualTo(ParagraphSplitter.split(TextNormalizer.normalize(raw)));
    }
}
