package org.newsflow.enrich.engine.model;

import java.util.Locale;

/**
 * How an actor is referred to: by name ("Rubio"), by a nationality adjective ("Russian" in "Russian President"), by
 * a role noun ("the envoy"), by a pronoun ("he"), or by a name inside the name of another actor ("Basel" in "the
 * University of Basel").
 */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN, DEMONYM, NESTED;

    /** The lower-case word used in the JSON contract. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
