package org.newsflow.projections.model;

/** An actor of an article: mentions and paragraphs mentioning it across the article. */
public record ArticleActorView(String id, String name, String type, String country, String role, String wikidata, long mentions,
                               long paragraphs) {
}
