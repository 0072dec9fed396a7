package org.newsflow.projections.model;

import java.util.List;

/** Everything known about one actor: identity, counts, average tone and sentiment, neighbours, latest quotes. */
public record ActorView(String id, String name, String type, String country, String role, String wikidata, long mentions,
                        long paragraphs, long articles, double avgTone, double avgSentiment, String firstSeen,
                        String lastSeen, List<CoMention> topCoMentions, List<ActorQuote> latestQuotes) {
}
