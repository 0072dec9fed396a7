package org.newsflow.enrich.engine.nlp;

/**
 * A token of the normalised text; {@code start}/{@code end} are offsets into the original paragraph.
 *
 * @param index position of the token in its sentence
 */
public record Token(int index, int start, int end, String text) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** {@code 's} or a bare apostrophe after a plural ("officials'"). */
    public boolean isPossessiveMarker() {
        return text.equals("'s") || text.equals("'");
    }
}
