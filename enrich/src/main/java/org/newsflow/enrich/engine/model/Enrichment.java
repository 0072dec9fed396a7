package org.newsflow.enrich.engine.model;

import java.util.List;

/** Everything the engine found in one paragraph. */
public record Enrichment(List<Actor> actors, Tone tone, Sentiment sentiment, List<Quote> quotes) {

    public Enrichment {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }
}
