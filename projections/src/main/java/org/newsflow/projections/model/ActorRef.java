package org.newsflow.projections.model;

/** A short reference to an actor with a count (mentions, weight) in some context. */
public record ActorRef(String id, String name, long count) {
}
