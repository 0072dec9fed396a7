package org.newsflow.enrich.engine.model;

import java.util.List;

/**
 * An actor found in a paragraph, resolved to a canonical identity.
 *
 * @param actorId   readable slug of the identity ({@code marco_rubio}, {@code russia}, {@code nato})
 * @param country   ISO 3166-1 alpha-3 code, or null for international organisations and unknowns
 * @param role      office or description, or null
 * @param cameo     CAMEO-style actor code ({@code USAGOV}), or null
 * @param sentiment how the paragraph portrays the actor (learned per-actor sentiment)
 * @param wikidata  Wikidata QID of the identity ({@code Q159}), or null where the knowledge base does not know it
 */
public record Actor(String actorId, String name, ActorType type, String country, String role, String cameo,
                    Sentiment sentiment, List<Mention> mentions, String wikidata) {

    public Actor {
        mentions = List.copyOf(mentions);
    }

    /** An actor without a Wikidata identity. */
    public Actor(String actorId, String name, ActorType type, String country, String role, String cameo,
                 Sentiment sentiment, List<Mention> mentions) {
        this(actorId, name, type, country, role, cameo, sentiment, mentions, null);
    }
}
