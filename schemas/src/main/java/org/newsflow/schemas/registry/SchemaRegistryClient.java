package org.newsflow.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/** The part of the Confluent Schema Registry REST API that Newsflow speaks. */
public interface SchemaRegistryClient {

    /** {@code POST /subjects/{subject}/versions}: registers (or finds) the schema and returns its global id. */
    int register(String subject, Schema schema);

    /** {@code POST /subjects/{subject}}: the id and version of an already registered schema. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** {@code GET /schemas/ids/{id}}. */
    Schema getById(int id);

    /** {@code GET /subjects/{subject}/versions/latest}. */
    RegisteredSchema latest(String subject);

    /** {@code GET /subjects}. */
    List<String> subjects();

    /** {@code POST /compatibility/subjects/{subject}/versions/latest}. */
    boolean isCompatible(String subject, Schema schema);

    /** {@code GET /config} or {@code GET /config/{subject}} when subject is not null. */
    String compatibilityLevel(String subject);

    /** {@code PUT /config} or {@code PUT /config/{subject}} when subject is not null. */
    void setCompatibilityLevel(String subject, String level);

    /** Where the registry lives, for error messages. */
    String url();
}
