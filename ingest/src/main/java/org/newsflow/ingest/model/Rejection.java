package org.newsflow.ingest.model;

/** Why a submitted article was refused, in words a user can act on. {@code cause} is null unless a parser failed. */
public record Rejection(Reason reason, String message, Exception cause) {

    public enum Reason {
        EMPTY_BODY,
        TOO_LARGE,
        NOT_UTF8,
        INVALID_JSON,
        MISSING_BODY,
        INVALID_FIELD,
        TOO_MANY_PARAGRAPHS,
        PARAGRAPH_TOO_LARGE;

        /** Refused for its size: HTTP answers 413. */
        public boolean tooLarge() {
            return this == TOO_LARGE || this == PARAGRAPH_TOO_LARGE;
        }
    }

    public static Rejection of(Reason reason, String message) {
        return new Rejection(reason, message, null);
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
