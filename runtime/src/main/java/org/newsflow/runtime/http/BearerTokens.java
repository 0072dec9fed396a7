package org.newsflow.runtime.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bearer tokens an HTTP API accepts, from a comma-separated setting (several, so a token can be rotated
 * without downtime). Empty means the API asks for none. Tokens are compared in constant time.
 */
public final class BearerTokens {

    private final List<byte[]> tokens;

    private BearerTokens(List<byte[]> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code "t1,t2"}; null or blank gives no tokens. */
    public static BearerTokens parse(String commaSeparated) {
        List<byte[]> tokens = new ArrayList<>();
        if (commaSeparated != null) {
            for (String token : commaSeparated.split(",")) {
                String trimmed = token.strip();
                if (!trimmed.isEmpty()) {
                    tokens.add(trimmed.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return new BearerTokens(List.copyOf(tokens));
    }

    public static BearerTokens none() {
        return new BearerTokens(List.of());
    }

    public boolean required() {
        return !tokens.isEmpty();
    }

    /** True when {@code authorizationHeader} is {@code Bearer <one of the tokens>}. */
    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        // Every token is compared, so the time taken does not tell which one (or how much of one) matched.
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, given);
        }
        return match;
    }

    /** The header value this service sends to its peers, or null when no token is configured. */
    public String firstAsHeader() {
        return tokens.isEmpty() ? null : "Bearer " + new String(tokens.get(0), StandardCharsets.UTF_8);
    }
}
