package org.newsflow.enrich.streams;

/**
 * The engine failed on one paragraph. Always a plain runtime exception, whatever the engine threw, so that Kafka
 * Streams hands it to the processing exception handler (which dead-letters the record) instead of failing the
 * thread: it does that only for {@code Exception}s that are not class-cast or Streams-internal errors.
 */
public class EnrichmentFailedException extends RuntimeException {

    public EnrichmentFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
