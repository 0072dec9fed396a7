package org.newsflow.projections.model;

import java.util.List;

/** One paragraph of an article (index from 1) with its actors, tone and quotes. */
public record ParagraphView(int index, String text, ToneView tone, SentimentView sentiment,
                            List<ParagraphActorView> actors, List<QuoteView> quotes) {
}
