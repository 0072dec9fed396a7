package org.newsflow.enrich.engine.sentiment;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * A sentence as the attention model reads it: per token, its lower-case text (the key of its word vector), where
 * it stands relative to the target (a side-and-distance bucket) and a few cues of how it relates to the target
 * (lexicon valence, negation, quotation apart from the target, same clause, across a contrast, another actor's
 * mention or nearer one). Built once per target from a sentence prepared once.
 */
public final class TargetSequence {

    /** Position buckets: 0 the target, 1..8 left of it by distance, 9..16 right of it, 17 no target given. */
    public static final int POSITIONS = 18;
    private static final int SIDE = 8;
    private static final int NO_TARGET = 17;

    /** Cue slots. */
    public static final int CUES = 7;
    private static final int VALENCE = 0;
    private static final int NEGATED = 1;
    private static final int QUOTED_APART = 2;
    private static final int SAME_CLAUSE = 3;
    private static final int ACROSS_CONTRAST = 4;
    private static final int OTHER_ACTOR = 5;
    private static final int NEARER_OTHER = 6;

    private final String[] words;
    private final int[] positions;
    private final float[] cues;

    private TargetSequence(int n) {
        words = new String[n];
        positions = new int[n];
        cues = new float[n * CUES];
    }

    public int length() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public int position(int i) {
        return positions[i];
    }

    public float cue(int i, int slot) {
        return cues[i * CUES + slot];
    }

    /**
     * @param roles per token, {@link SentimentFeatures#TARGET}, {@link SentimentFeatures#OTHER_ACTOR} or
     *              {@link SentimentFeatures#OTHER}; no target token reads the sentence as a whole
     */
    public static TargetSequence of(SentimentFeatures.Prepared p, byte[] roles) {
        List<Token> tokens = p.tokens;
        int n = tokens.size();
        TargetSequence s = new TargetSequence(n);
        int first = -1;
        int last = -1;
        boolean targetQuoted = false;
        for (int i = 0; i < n; i++) {
            if (roles[i] == SentimentFeatures.TARGET) {
                first = first < 0 ? i : first;
                last = i;
                targetQuoted |= p.quoted[i];
            }
        }
        int[] otherDistance = distances(roles, SentimentFeatures.OTHER_ACTOR);
        for (int i = 0; i < n; i++) {
            s.words[i] = p.lower[i] != null ? p.lower[i] : tokens.get(i).text().toLowerCase(Locale.ROOT);
            int d;
            if (first < 0) {
                s.positions[i] = NO_TARGET;
                d = Integer.MAX_VALUE;
            } else if (roles[i] == SentimentFeatures.TARGET) {
                s.positions[i] = 0;
                d = 0;
            } else if (i < first) {
                d = first - i;
                s.positions[i] = bucket(d);
            } else {
                d = i < last ? Math.min(i - first, last - i) : i - last;
                // between two of the target's mentions counts as left of the nearer one
                s.positions[i] = bucket(d) + (i < last ? 0 : SIDE);
            }
            int at = i * CUES;
            s.cues[at + VALENCE] = (float) p.valence[i];
            s.cues[at + NEGATED] = p.negated[i] ? 1f : 0f;
            s.cues[at + QUOTED_APART] = p.quoted[i] && !targetQuoted ? 1f : 0f;
            if (first >= 0) {
                s.cues[at + SAME_CLAUSE] = p.clause[i] == p.clause[first] || p.clause[i] == p.clause[last] ? 1f : 0f;
                s.cues[at + ACROSS_CONTRAST] = crosses(p, i, i < first ? first : last) ? 1f : 0f;
                s.cues[at + NEARER_OTHER] = otherDistance[i] < d ? 1f : 0f;
            }
            s.cues[at + OTHER_ACTOR] = roles[i] == SentimentFeatures.OTHER_ACTOR ? 1f : 0f;
        }
        return s;
    }

    /** 1, 2, 3, 4-5, 6-8, 9-12, 13-20, 21+ tokens away: 1..8. */
    private static int bucket(int d) {
        return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
    }

    private static int[] distances(byte[] roles, byte role) {
        int n = roles.length;
        int[] distance = new int[n];
        java.util.Arrays.fill(distance, Integer.MAX_VALUE);
        int seen = -1;
        for (int i = 0; i < n; i++) {
            if (roles[i] == role) {
                seen = i;
            } else if (seen >= 0) {
                distance[i] = i - seen;
            }
        }
        seen = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (roles[i] == role) {
                seen = i;
            } else if (seen >= 0) {
                distance[i] = Math.min(distance[i], seen - i);
            }
        }
        return distance;
    }

    private static boolean crosses(SentimentFeatures.Prepared p, int from, int to) {
        for (int k = Math.min(from, to) + 1; k < Math.max(from, to); k++) {
            if (p.contrast[k]) {
                return true;
            }
        }
        return false;
    }
}
