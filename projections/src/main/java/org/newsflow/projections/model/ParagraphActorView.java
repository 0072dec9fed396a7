package org.newsflow.projections.model;

import java.util.List;

/** An actor as mentioned in one paragraph. */
public record ParagraphActorView(String id, String name, String type, String country, String role, String wikidata,
                                 SentimentView sentiment, List<MentionView> mentions) {
}
