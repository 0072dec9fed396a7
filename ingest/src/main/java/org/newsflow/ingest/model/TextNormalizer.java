package org.newsflow.ingest.model;

import java.text.Normalizer;

/**
 * Normalises article text so that the same article always yields the same characters: line breaks become LF,
 * zero-width and control characters go, tabs become spaces, the text is composed (Unicode NFC) and trimmed.
 * Idempotent: normalising normalised text changes nothing.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
        // Composed after removal: a zero-width character between a letter and its accent would block composition.
        return Normalizer.normalize(out, Normalizer.Form.NFC).strip();
    }

    /** Control characters and zero-width characters, which carry nothing a reader sees. */
    static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
