package org.newsflow.local.registry;

import java.util.Locale;

/**
 * What a registry, or one subject, accepts (Confluent's modes): READWRITE registers and deletes as usual; READONLY
 * refuses every change; IMPORT accepts only registrations that carry their id (and optionally their version), to
 * restore schemas under the ids that records already carry.
 */
enum RegistryMode {
    READWRITE, READONLY, READONLY_OVERRIDE, IMPORT;

    static RegistryMode parse(String text) {
        if (text != null) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // fall through to Confluent's error
            }
        }
        throw RegistryException.invalidMode();
    }

    boolean readOnly() {
        return this == READONLY || this == READONLY_OVERRIDE;
    }
}
