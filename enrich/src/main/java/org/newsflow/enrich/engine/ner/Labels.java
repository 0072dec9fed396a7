package org.newsflow.enrich.engine.ner;

/** The BIO labels of the tagger: O, then B and I of each {@link NameType}. */
final class Labels {

    static final int COUNT = 1 + 2 * NameType.values().length;
    static final int O = 0;

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
        return NameType.values()[(label - 1) / 2];
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
        if (!isInside(label)) {
            return true;
        }
        return previous > 0 && type(previous) == type(label);
    }
}
