package org.newsflow.runtime.streams;

import org.apache.kafka.common.errors.SerializationException;

/** A record that would exceed its topic's size limit, refused before it was sent. */
public final class RecordTooLargeForTopicException extends SerializationException {

    private final String topic;
    private final int bytes;
    private final int limit;

    public RecordTooLargeForTopicException(String topic, int bytes, int limit) {
        super("The record for " + topic + " would be " + bytes + " bytes, over the " + limit
                + " bytes the topic accepts");
        this.topic = topic;
        this.bytes = bytes;
        this.limit = limit;
    }

    public String topic() {
        return topic;
    }

    public int bytes() {
        return bytes;
    }

    public int limit() {
        return limit;
    }
}
