package org.newsflow.projections.streams;

import java.util.List;
import org.newsflow.projections.model.GraphNode;

/**
 * One paragraph's contribution to one actor's views, added ({@code sign} +1) or retracted (-1). The article
 * projector emits it keyed by actorId; the actor projector folds it into the actor, timeline, network and quote
 * stores. {@code articleDelta} is already signed: +1 when the actor enters the article, -1 when it leaves it.
 * {@code mentioned} is false for a quote by a speaker the paragraph itself does not mention.
 */
public record ActorDelta(int sign, boolean mentioned, String actorId, String name, String type, String country,
                         String role, String wikidata, String articleId, int paragraph, long eventTime, int mentions,
                         int articleDelta, long toneMicro, long sentimentMicro, List<GraphNode> coActors,
                         List<QuoteText> quotes) {

    /** A quote by the actor: its position among the paragraph's quotes and its text. */
    public record QuoteText(int ordinal, String text) {
    }
}
