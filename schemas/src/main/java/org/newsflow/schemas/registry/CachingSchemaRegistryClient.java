package org.newsflow.schemas.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Remembers what never changes in a registry: id → schema, and (subject, schema) → id. The serdes call the
 * registry once per schema, not once per record.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> registered = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookedUp = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }

    public CachingSchemaRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = registered.get(key);
        if (cached != null) {
            return cached;
        }
        int id = delegate.register(subject, schema);
        registered.put(key, id);
        byId.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return lookedUp.computeIfAbsent(new SubjectSchema(subject, schema), k -> delegate.lookup(subject, schema));
    }

    @Override
    public Schema getById(int id) {
        return byId.computeIfAbsent(id, delegate::getById);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        // Not cached: "latest" changes when a new version is registered.
        RegisteredSchema latest = delegate.latest(subject);
        byId.putIfAbsent(latest.id(), latest.schema());
        return latest;
    }

    @Override
    public List<String> subjects() {
        return delegate.subjects();
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        return delegate.isCompatible(subject, schema);
    }

    @Override
    public String compatibilityLevel(String subject) {
        return delegate.compatibilityLevel(subject);
    }

    @Override
    public void setCompatibilityLevel(String subject, String level) {
        delegate.setCompatibilityLevel(subject, level);
    }

    @Override
    public String url() {
        return delegate.url();
    }
}
