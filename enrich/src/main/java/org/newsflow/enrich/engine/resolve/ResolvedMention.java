package org.newsflow.enrich.engine.resolve;

import org.newsflow.enrich.engine.model.MentionKind;
import org.newsflow.enrich.engine.kb.ActorEntry;

/**
 * A mention tied to its actor, with where it sits (sentence and token range) and how it refers.
 *
 * @param form how the text names the actor; finer than {@link MentionKind}, used for scoring against NER data
 */
public record ResolvedMention(int start, int end, MentionKind kind, Form form, ActorEntry actor, int sentence,
                              int firstToken, int endToken) {

    public enum Form {
        /** The actor's name or alias, or a name the knowledge base does not know. */
        NAME,
        /** A nationality word: "Russian". */
        DEMONYM,
        /** A place standing for its state: "Moscow says". */
        METONYM,
        /** A role noun or title without a name: "the envoy", "Russia's leader". */
        NOMINAL,
        PRONOUN
    }
}
