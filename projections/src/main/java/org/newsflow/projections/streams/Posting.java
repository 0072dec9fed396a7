package org.newsflow.projections.streams;

import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A search posting: how often a term occurs in a paragraph, and the article's event time, so that a query ranks
 * its matches from the index alone and reads only the top articles.
 */
public record Posting(int frequency, long time) {

    public static final Serde<Posting> SERDE = Serdes.serdeFrom(
            (Serializer<Posting>) (topic, p) -> p == null ? null
                    : ByteBuffer.allocate(12).putInt(p.frequency).putLong(p.time).array(),
            (Deserializer<Posting>) (topic, bytes) -> {
                if (bytes == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                return new Posting(buffer.getInt(), buffer.getLong());
            });
}
