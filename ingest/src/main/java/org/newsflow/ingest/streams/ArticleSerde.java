package org.newsflow.ingest.streams;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.newsflow.ingest.model.Article;

/**
 * JSON for parsed articles on the ingest app's own repartition topic. Internal to this app: readers elsewhere use
 * the Avro events.
 */
final class ArticleSerde {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleSerde() {
    }

    static Serde<Article> create() {
        Serializer<Article> serializer = (topic, article) -> {
            try {
                return article == null ? null : JSON.writeValueAsBytes(article);
            } catch (IOException e) {
                throw new SerializationException("Cannot write article to " + topic, e);
            }
        };
        Deserializer<Article> deserializer = (topic, bytes) -> {
            try {
                return bytes == null ? null : JSON.readValue(bytes, Article.class);
            } catch (IOException e) {
                throw new SerializationException("Cannot read article from " + topic, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
