package org.newsflow.projections.model;

import java.util.List;

/** One line of the article list: metadata, overall tone and the top actors. {@code time} is the event time. */
public record ArticleSummary(String id, String title, String source, String url, String publishedAt, String time,
                             String revision, int paragraphCount, int paragraphsReceived, double tone,
                             List<ActorRef> topActors) {
}
