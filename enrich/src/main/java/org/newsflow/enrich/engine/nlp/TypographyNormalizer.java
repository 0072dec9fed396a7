package org.newsflow.enrich.engine.nlp;

/**
 * Replaces typographic quotes, apostrophes and dashes by their ASCII forms, one character for one character, so
 * that every offset into the normalised text is also an offset into the original ({@code Russia’s} and
 * {@code Russia's} then tokenise alike).
 */
public final class TypographyNormalizer {

    private TypographyNormalizer() {
    }

    public static String normalize(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = replacement(c);
            if (r != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = r;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static char replacement(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2212' -> '-';
            // a dash between words separates them ("Bass\u2014who"), unlike a hyphen
            case '\u2013', '\u2014', '\u2015', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
            default -> c;
        };
    }

    /** True for an opening quotation mark in the original text (typographic or straight). */
    public static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
    }

    public static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '\u201F' || c == '\u00BB' || c == '"';
    }
}
