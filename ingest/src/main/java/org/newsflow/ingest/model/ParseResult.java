package org.newsflow.ingest.model;

/** The outcome of parsing one submitted value: an article or the reason it was refused. */
public sealed interface ParseResult {

    record Accepted(Article article) implements ParseResult {
    }

    record Rejected(Rejection rejection) implements ParseResult {
    }

    static ParseResult accepted(Article article) {
        return new Accepted(article);
    }

    static ParseResult rejected(Rejection.Reason reason, String message) {
        return new Rejected(Rejection.of(reason, message));
    }
}
