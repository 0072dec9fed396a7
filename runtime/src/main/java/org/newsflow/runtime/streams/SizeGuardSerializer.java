package org.newsflow.runtime.streams;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Serializes with the wrapped serializer and refuses the result when it would not fit the topic. */
final class SizeGuardSerializer<T> implements Serializer<T> {

    private final RecordLimits limits;
    private final String topic;
    private final Serializer<T> inner;

    SizeGuardSerializer(RecordLimits limits, String topic, Serializer<T> inner) {
        this.limits = limits;
        this.topic = topic;
        this.inner = inner;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String target, T data) {
        return check(target, inner.serialize(target, data));
    }

    @Override
    public byte[] serialize(String target, Headers headers, T data) {
        return check(target, inner.serialize(target, headers, data));
    }

    private byte[] check(String target, byte[] bytes) {
        // Kafka Streams serializes changelog and repartition records under their own topic names: the limit is
        // that of the topic actually written.
        String written = target == null ? topic : target;
        if (bytes != null && bytes.length > limits.maxValueBytes(written)) {
            throw new RecordTooLargeForTopicException(written, bytes.length, limits.limitFor(written));
        }
        return bytes;
    }

    @Override
    public void close() {
        inner.close();
    }
}
