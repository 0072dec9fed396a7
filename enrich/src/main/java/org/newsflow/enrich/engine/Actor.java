package org.newsflow.enrich.engine;

import java.util.List;

/**
 * An actor found in a paragraph, resolved to a canonical identity.
 *
 * @param actorId   readable slug of the identity ({@code marco_rubio}, {@code russia}, {@code nato})
 * @param country   ISO 3166-1 alpha-3 code, or null for international organisations and unknowns
 * @param role      office or description, or null
 * @param cameo     CAMEO-style actor code ({@code USAGOV}), or null
 * @param sentiment how the paragraph portrays the actor (learned per-actor sentiment)
 */
public record Actor(String actorId, String name, ActorType type, String country, String role, String cameo,
                    Sentiment sentiment, List<Mention> mentions) {

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
