package org.newsflow.schemas.registry;

import org.apache.avro.Schema;

/** A schema as stored under a subject: its global id, its version in the subject, and the schema. */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
}
