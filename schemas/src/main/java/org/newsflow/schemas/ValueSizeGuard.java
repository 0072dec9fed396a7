package org.newsflow.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * Wraps a topic's value serde so that its serializer refuses a value too large for that topic; the runtime's
 * record limits implement it from the broker's and the topics' settings.
 */
public interface ValueSizeGuard {

    <T> Serde<T> guard(String topic, Serde<T> serde);
}
