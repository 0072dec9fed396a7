package org.newsflow.local;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClient;

/** Registers every event schema under its topic's subject ({@code <topic>-value}), so consumers can start first. */
public final class SchemaRegistration {

    private SchemaRegistration() {
    }

    /** Subject → schema for every Avro topic of the catalogue. */
    public static Map<String, Schema> subjects(Topics topics) {
        Map<String, Schema> out = new LinkedHashMap<>();
        out.put(topics.name(Topics.ARTICLES) + "-value", ArticleIngested.getClassSchema());
        out.put(topics.name(Topics.PARAGRAPHS) + "-value", ParagraphIngested.getClassSchema());
        out.put(topics.name(Topics.ENRICHED) + "-value", ParagraphEnriched.getClassSchema());
        out.put(topics.name(Topics.ACTORS_REFERENCE) + "-value", ActorReference.getClassSchema());
        out.put(topics.name(Topics.DLQ) + "-value", DeadLetter.getClassSchema());
        return out;
    }

    public static Map<String, Integer> registerAll(Topics topics, SchemaRegistryClient registry) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        subjects(topics).forEach((subject, schema) -> ids.put(subject, registry.register(subject, schema)));
        return ids;
    }
}
