package org.newsflow.enrich.engine.ner;

/** The BIO labels of the tagger: O, then B and I of each {@link NameType}. */
final class Labels {

    static final int COUNT = 1 + 2 * NameType.values().length;
    static final int O = 0;
    /** {@code NameType.values()} copies its array on every call; the tagger asks for types per token. */
    private static final NameType[] TYPES = NameType.values();
    /** Whether label {@code b} may follow {@code a} at {@code [(a + 1) * COUNT + b]}; row 0 is the start. */
    private static final boolean[] ALLOWED = new boolean[(COUNT + 1) * COUNT];

    static {
        for (int a = -1; a < COUNT; a++) {
            for (int b = 0; b < COUNT; b++) {
                ALLOWED[(a + 1) * COUNT + b] = !isInside(b) || (a > 0 && (a - 1) / 2 == (b - 1) / 2);
            }
        }
    }

    private Labels() {
    }

    static int begin(NameType type) {
        return 1 + 2 * type.ordinal();
    }

    static int inside(NameType type) {
        return 2 + 2 * type.ordinal();
    }

    static boolean isBegin(int label) {
        return label > 0 && label % 2 == 1;
    }

    static boolean isInside(int label) {
        return label > 0 && label % 2 == 0;
    }

    static NameType type(int label) {
        return TYPES[(label - 1) / 2];
    }

    /** IOB2 tag ("B-PER") to label; unknown types are O. */
    static int parse(String tag) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return O;
        }
        NameType type;
        try {
            type = NameType.valueOf(tag.substring(2));
        } catch (IllegalArgumentException e) {
            return O;
        }
        return tag.charAt(0) == 'B' ? begin(type) : inside(type);
    }

    /** Whether {@code label} may follow {@code previous} (-1 at the start): I-X only after B-X or I-X. */
    static boolean allowed(int previous, int label) {
        return ALLOWED[(previous + 1) * COUNT + label];
    }
}
