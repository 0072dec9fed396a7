package org.newsflow.enrich.engine.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions of one paragraph, in text order, the role nouns seen referring to each actor id (kept in the
 * article context so that a later "the official" finds its actor), and the character spans of titles of works
 * ("Home Alone II"): names, though not actors, so their words carry no tone.
 */
public record Resolution(List<ResolvedMention> mentions, Map<String, Set<String>> roleNouns, List<Span> titles) {

    /** A character span of the paragraph, end exclusive. */
    public record Span(int start, int end) {
    }
}
