package org.newsflow.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code local.registry.users} setting: {@code user:password,user2:password2}. */
final class RegistryUsers {

    private RegistryUsers() {
    }

    static Map<String, String> parse(String setting) {
        Map<String, String> users = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return users;
        }
        for (String pair : setting.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.strip().length() - 1) {
                throw new IllegalStateException("local.registry.users must be user:password pairs separated by "
                        + "commas, got '" + pair.strip().replaceAll(":.*", ":...") + "'");
            }
            users.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return users;
    }

    /** {@code user:password} of the first user: what the apps in this JVM authenticate with. */
    static Optional<String> first(Map<String, String> users) {
        return users.entrySet().stream().findFirst().map(e -> e.getKey() + ":" + e.getValue());
    }
}
