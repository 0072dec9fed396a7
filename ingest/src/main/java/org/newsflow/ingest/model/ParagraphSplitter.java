package org.newsflow.ingest.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into paragraphs: one or more line breaks separate paragraphs, each paragraph is trimmed,
 * empty ones are dropped, long ones are kept whole. The paragraph text is what downstream offsets refer to.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /** The paragraphs of {@code normalized} (output of {@link TextNormalizer}), in order. */
    public static List<String> split(String normalized) {
        List<String> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = normalized.length();
            }
            String paragraph = normalized.substring(start, end).strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
