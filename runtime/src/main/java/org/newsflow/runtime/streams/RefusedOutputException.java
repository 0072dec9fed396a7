package org.newsflow.runtime.streams;

/** Thrown for an input whose output Kafka refused before: the dead-letter handler turns it into a dead letter. */
public final class RefusedOutputException extends RuntimeException {

    public RefusedOutputException(String reason) {
        super(reason);
    }
}
