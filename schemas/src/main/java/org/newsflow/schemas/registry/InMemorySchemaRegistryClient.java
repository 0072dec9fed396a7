package org.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A registry held in memory, selected with {@code schema.registry.url=mock://<scope>}: for topology tests under
 * {@code TopologyTestDriver}, where no HTTP registry runs. It applies the same compatibility rules.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private final String scope;
    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<Schema, Integer> idBySchema = new HashMap<>();
    private final Map<String, List<Integer>> versions = new HashMap<>();
    private final Map<String, String> levels = new HashMap<>();
    private int nextId = 1;

    public InMemorySchemaRegistryClient(String scope) {
        this.scope = scope;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<Integer> ids = versions.computeIfAbsent(subject, s -> new ArrayList<>());
        Integer existing = idBySchema.get(schema);
        if (existing != null && ids.contains(existing)) {
            return existing;
        }
        List<Schema> previous = ids.stream().map(byId::get).toList();
        List<String> reasons = CompatibilityLevel.parse(compatibilityLevel(subject)).check(schema, previous).stream()
                .map(CompatibilityLevel.Problem::description).toList();
        if (!reasons.isEmpty()) {
            throw new SchemaRegistryException.Incompatible(409, 409,
                    "Schema being registered is incompatible with an earlier schema for subject '" + subject + "': "
                            + reasons);
        }
        int id = existing != null ? existing : nextId++;
        byId.put(id, schema);
        idBySchema.put(schema, id);
        ids.add(id);
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        List<Integer> ids = versions.getOrDefault(subject, List.of());
        Integer id = idBySchema.get(schema);
        if (id == null || !ids.contains(id)) {
            throw new SchemaRegistryException.SchemaNotFound(404, 40403, "Schema not found under " + subject);
        }
        return new RegisteredSchema(subject, id, ids.indexOf(id) + 1, schema);
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new SchemaRegistryException.SchemaNotFound(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<Integer> ids = versions.get(subject);
        if (ids == null || ids.isEmpty()) {
            throw new SchemaRegistryException.SubjectNotFound(404, 40401, "Subject '" + subject + "' not found.");
        }
        int id = ids.get(ids.size() - 1);
        return new RegisteredSchema(subject, id, ids.size(), byId.get(id));
    }

    @Override
    public synchronized List<String> subjects() {
        return new ArrayList<>(versions.keySet());
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        List<Schema> previous = versions.getOrDefault(subject, List.of()).stream().map(byId::get).toList();
        return CompatibilityLevel.parse(compatibilityLevel(subject)).check(schema, previous).isEmpty();
    }

    @Override
    public synchronized String compatibilityLevel(String subject) {
        String global = levels.getOrDefault(null, CompatibilityLevel.BACKWARD_TRANSITIVE.name());
        return subject == null ? global : levels.getOrDefault(subject, global);
    }

    @Override
    public synchronized void setCompatibilityLevel(String subject, String level) {
        levels.put(subject, level);
    }

    @Override
    public String url() {
        return "mock://" + scope;
    }
}
