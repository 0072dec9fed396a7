package org.newsflow.ingest.model;

import java.util.List;

/**
 * Recognises a headline on the first line of a plain-text article: short, several words, not ending like a
 * sentence, and followed by the body. Such a line becomes the article's title (it stays the first paragraph).
 */
final class Headlines {

    static final int MAX_CHARS = 200;
    private static final int MAX_WORDS = 25;

    private Headlines() {
    }

    /** The first paragraph when it reads as a headline, else null. */
    static String title(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0).strip();
        if (first.isEmpty() || first.length() > MAX_CHARS) {
            return null;
        }
        String[] words = first.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS) {
            return null;
        }
        char last = first.charAt(first.length() - 1);
        if (".,;:!?".indexOf(last) >= 0 && !first.endsWith("?") && !first.endsWith("!")) {
            return null;
        }
        return Character.isLetterOrDigit(first.codePointAt(0)) || first.charAt(0) == '"' || first.charAt(0) == '“'
                ? first : null;
    }
}
