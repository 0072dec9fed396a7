package org.newsflow.projections.model;

/** The body of every error answer: a stable code and a human-readable reason. */
public record ApiError(String error, String reason) {
}
