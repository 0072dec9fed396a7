package org.newsflow.local.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP basic authentication against a fixed user table, as Confluent's registry offers it. With no users every
 * request is accepted. Passwords are compared in constant time.
 */
final class BasicAuthentication {

    private final Map<String, byte[]> passwords;

    BasicAuthentication(Map<String, String> users) {
        this.passwords = new java.util.HashMap<>();
        users.forEach((user, password) -> passwords.put(user, password.getBytes(StandardCharsets.UTF_8)));
    }

    static BasicAuthentication none() {
        return new BasicAuthentication(Map.of());
    }

    boolean enabled() {
        return !passwords.isEmpty();
    }

    boolean accepts(String authorizationHeader) {
        if (!enabled()) {
            return true;
        }
        if (authorizationHeader == null
                || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] expected = passwords.get(decoded.substring(0, colon));
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        // Compare against something even for an unknown user, so timing does not tell which users exist.
        boolean match = MessageDigest.isEqual(expected == null ? new byte[given.length + 1] : expected, given);
        return expected != null && match;
    }
}
