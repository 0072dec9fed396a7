package org.newsflow.enrich.engine.sentiment;

import org.newsflow.enrich.engine.nlp.Token;

import java.util.List;

/** Marks the tokens that belong to the target's mentions and to other actors' mentions. */
public final class TokenRoles {

    private TokenRoles() {
    }

    /**
     * @param target character spans of the target's mentions, as {start, end} pairs
     * @param others character spans of other actors' mentions
     */
    public static byte[] of(List<Token> tokens, List<int[]> target, List<int[]> others) {
        byte[] roles = new byte[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (overlaps(t, target)) {
                roles[i] = SentimentFeatures.TARGET;
            } else if (overlaps(t, others)) {
                roles[i] = SentimentFeatures.OTHER_ACTOR;
            }
        }
        return roles;
    }

    private static boolean overlaps(Token t, List<int[]> spans) {
        for (int[] s : spans) {
            if (t.start() < s[1] && s[0] < t.end()) {
                return true;
            }
        }
        return false;
    }
}
