package org.newsflow.runtime.streams;

import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.newsflow.schemas.Topic;

/** How a topology reads and writes a catalogue topic: its serdes, the processor named after the topic. */
public final class TopicStreams {

    private TopicStreams() {
    }

    public static <K, V> Consumed<K, V> consumed(Topic<K, V> topic) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName("read-" + topic.name());
    }

    public static <K, V> Produced<K, V> produced(Topic<K, V> topic) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName("write-" + topic.name());
    }
}
