package org.newsflow.enrich.engine.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions of one paragraph, in text order, and the role nouns seen referring to each actor id (kept in the
 * article context so that a later "the official" finds its actor).
 */
public record Resolution(List<ResolvedMention> mentions, Map<String, Set<String>> roleNouns) {
}
