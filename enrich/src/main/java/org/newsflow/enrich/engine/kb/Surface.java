package org.newsflow.enrich.engine.kb;

/**
 * A way of writing an actor's name that the knowledge base indexes.
 *
 * @param exactCase true for acronyms ("US", "WHO") that must match letter case so that "us" and "who" do not
 * @param demonym   true for nationality words ("Russian") that stand for a country without naming it
 */
public record Surface(ActorEntry entry, String text, boolean exactCase, boolean demonym) {
}
