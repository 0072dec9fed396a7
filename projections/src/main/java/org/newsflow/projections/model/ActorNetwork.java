package org.newsflow.projections.model;

import java.util.List;

/** The actors co-mentioned with one actor, heaviest first, one page of them. */
public record ActorNetwork(String actorId, String name, long total, int offset, int limit,
                           List<CoMention> neighbours) {
}
