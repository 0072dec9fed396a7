package org.newsflow.enrich.engine.model;

import java.util.Locale;

/**
 * How an actor is referred to: by name ("Rubio"), by a nationality adjective ("Russian" in "Russian President"), by
 * a role noun ("the envoy") or by a pronoun ("he").
 */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN, DEMONYM;

    /** The lower-case word used in the JSON contract. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
