package org.newsflow.ingest.model;

/** UTF-8 sizes of text without encoding it, and cuts that keep whole characters and, where possible, words. */
final class Utf8 {

    private Utf8() {
    }

    static int length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The longest prefix of {@code text} within {@code maxBytes}, ending at a word break when one is near. */
    static String cut(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        int space = text.lastIndexOf(' ', end);
        // A word break within the last tenth keeps the last word whole; otherwise the cut is mid-word.
        if (end < text.length() && space >= end - end / 10 && space > 0) {
            end = space;
        }
        return text.substring(0, end).strip();
    }
}
