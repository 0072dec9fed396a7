package org.newsflow.local.registry;

import org.newsflow.schemas.registry.CompatibilityLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The registry's state in memory, rebuilt from the schema store topic and updated after every acknowledged write.
 *
 * <p>Record format of the topic (JSON key, JSON value; the shape of Confluent's own {@code _schemas} records, so
 * the topic reads familiarly):
 * <ul>
 *   <li>key {@code {"keytype":"SCHEMA","subject":S,"version":V,"magic":1}}, value
 *       {@code {"subject":S,"version":V,"id":ID,"schema":CANONICAL_AVRO,"deleted":false}}; {@code deleted:true}
 *       marks a soft delete and a null value (tombstone) a permanent one;</li>
 *   <li>key {@code {"keytype":"CONFIG","subject":S|null,"magic":0}}, value {@code {"compatibilityLevel":L}};
 *       a null subject is the global level, a null value removes the setting;</li>
 *   <li>key {@code {"keytype":"MODE","subject":S|null,"magic":0}}, value {@code {"mode":M}}, the same way;</li>
 *   <li>key {@code {"keytype":"ID","magic":0}}, value {@code {"maxId":N}}: the highest id ever handed out.</li>
 * </ul>
 * Ids are global: a schema (by canonical form) keeps its id under every subject; new schemas get the highest id
 * ever handed out plus one. That counter is a record of its own, never deleted, so an id stays retired after a
 * permanent delete, a compaction of the topic and a restart.
 */
final class RegistryState {

    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CompatibilityLevel defaultLevel;
    private final Map<String, NavigableMap<Integer, SchemaVersion>> subjects = new TreeMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private final Map<String, RegistryMode> subjectModes = new HashMap<>();
    private CompatibilityLevel globalLevel;
    private RegistryMode globalMode = RegistryMode.READWRITE;
    private int maxId;

    RegistryState(CompatibilityLevel defaultLevel) {
        this.defaultLevel = defaultLevel;
        this.globalLevel = defaultLevel;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    Optional<NavigableMap<Integer, SchemaVersion>> subject(String subject) {
        return Optional.ofNullable(subjects.get(subject));
    }

    List<String> subjectNames(boolean includeDeleted) {
        List<String> names = new ArrayList<>();
        subjects.forEach((name, versions) -> {
            if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                names.add(name);
            }
        });
        return names;
    }

    Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    Optional<Integer> idOf(String canonicalSchema) {
        return Optional.ofNullable(idsBySchema.get(canonicalSchema));
    }

    List<SchemaVersion> versionsWithId(int id) {
        List<SchemaVersion> found = new ArrayList<>();
        subjects.values().forEach(vs -> vs.values().stream()
                .filter(v -> v.id() == id && !v.deleted()).forEach(found::add));
        return found;
    }

    int nextId() {
        return maxId + 1;
    }

    /** Whether {@code id} was ever handed out, even if no version refers to it any more. */
    boolean idRetired(int id) {
        return id <= maxId;
    }

    RegistryMode globalMode() {
        return globalMode;
    }

    Optional<RegistryMode> subjectMode(String subject) {
        return Optional.ofNullable(subjectModes.get(subject));
    }

    RegistryMode effectiveMode(String subject) {
        return subjectModes.getOrDefault(subject, globalMode);
    }

    CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    CompatibilityLevel effectiveLevel(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    // ---- records -------------------------------------------------------------------------------------------

    static String schemaKey(String subject, int version) {
        ObjectNode key = JSON.createObjectNode();
        key.put("keytype", "SCHEMA").put("subject", subject).put("version", version).put("magic", 1);
        return key.toString();
    }

    static String schemaValue(SchemaVersion v) {
        ObjectNode value = JSON.createObjectNode();
        value.put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                .put("schema", v.schema()).put("deleted", v.deleted());
        return value.toString();
    }

    static String configKey(String subjectOrNull) {
        return subjectKey("CONFIG", subjectOrNull);
    }

    /** The level named {@code text}, or the registry's 422 error for an unknown one. */
    static CompatibilityLevel parseLevel(String text) {
        try {
            return CompatibilityLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw RegistryException.invalidCompatibilityLevel();
        }
    }

    static String configValue(CompatibilityLevel level) {
        return JSON.createObjectNode().put("compatibilityLevel", level.name()).toString();
    }

    static String modeKey(String subjectOrNull) {
        return subjectKey("MODE", subjectOrNull);
    }

    /** A key of the registry's log for a setting of one subject, or the global one (null subject). */
    private static String subjectKey(String keytype, String subjectOrNull) {
        ObjectNode key = JSON.createObjectNode();
        key.put("keytype", keytype);
        if (subjectOrNull == null) {
            key.putNull("subject");
        } else {
            key.put("subject", subjectOrNull);
        }
        key.put("magic", 0);
        return key.toString();
    }

    static String modeValue(RegistryMode mode) {
        return JSON.createObjectNode().put("mode", mode.name()).toString();
    }

    static String idKey() {
        return JSON.createObjectNode().put("keytype", "ID").put("magic", 0).toString();
    }

    static String idValue(int maxId) {
        return JSON.createObjectNode().put("maxId", maxId).toString();
    }

    /** Applies one record of the topic; unknown key types are skipped so the format can grow. */
    void apply(String key, String value) {
        JsonNode k;
        JsonNode v;
        try {
            k = JSON.readTree(key);
            v = value == null ? null : JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable schema store record " + key, e);
        }
        String type = k.path("keytype").asText();
        if ("SCHEMA".equals(type)) {
            String subject = k.path("subject").asText();
            int version = k.path("version").asInt();
            if (v == null) {
                removeVersion(subject, version);
            } else {
                putVersion(new SchemaVersion(v.path("subject").asText(), v.path("version").asInt(),
                        v.path("id").asInt(), v.path("schema").asText(), v.path("deleted").asBoolean(false)));
            }
        } else if ("CONFIG".equals(type)) {
            JsonNode subject = k.get("subject");
            CompatibilityLevel level = v == null ? null : parseLevel(v.path("compatibilityLevel").asText());
            if (subject == null || subject.isNull()) {
                globalLevel = level == null ? defaultLevel : level;
            } else if (level == null) {
                subjectLevels.remove(subject.asText());
            } else {
                subjectLevels.put(subject.asText(), level);
            }
        } else if ("MODE".equals(type)) {
            JsonNode subject = k.get("subject");
            RegistryMode mode = v == null ? null : RegistryMode.parse(v.path("mode").asText());
            if (subject == null || subject.isNull()) {
                globalMode = mode == null ? RegistryMode.READWRITE : mode;
            } else if (mode == null) {
                subjectModes.remove(subject.asText());
            } else {
                subjectModes.put(subject.asText(), mode);
            }
        } else if ("ID".equals(type) && v != null) {
            maxId = Math.max(maxId, v.path("maxId").asInt());
        }
    }

    private void putVersion(SchemaVersion v) {
        subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>()).put(v.version(), v);
        schemasById.put(v.id(), v.schema());
        idsBySchema.putIfAbsent(v.schema(), v.id());
        maxId = Math.max(maxId, v.id());
    }

    private void removeVersion(String subject, int version) {
        NavigableMap<Integer, SchemaVersion> versions = subjects.get(subject);
        if (versions == null) {
            return;
        }
        SchemaVersion removed = versions.remove(version);
        if (versions.isEmpty()) {
            subjects.remove(subject);
        }
        if (removed != null && subjects.values().stream()
                .flatMap(vs -> vs.values().stream()).noneMatch(x -> x.id() == removed.id())) {
            schemasById.remove(removed.id());
            idsBySchema.remove(removed.schema());
        }
    }
}
