package org.newsflow.local.registry;

import org.newsflow.schemas.registry.CompatibilityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.newsflow.local.registry.RegistryState.SchemaVersion;

/**
 * The registry's rules (ids, versions, compatibility, modes, soft and permanent deletes) over {@link RegistryState}.
 * Every change is written to the {@link SchemaLog} and acknowledged by the broker before the state changes and
 * the caller gets an answer. One lock serialises everything: registries see little traffic.
 */
final class SchemaRegistryService {

    /** A registered version as the API shows it. */
    record Registered(String subject, int version, int id, String schema) {
        static Registered of(SchemaVersion v) {
            return new Registered(v.subject(), v.version(), v.id(), v.schema());
        }
    }

    /** A version reference: a number, or {@code latest} (also spelled -1). */
    record VersionRef(int number) {
        static final VersionRef LATEST = new VersionRef(-1);

        static VersionRef parse(String text) {
            if ("latest".equalsIgnoreCase(text)) {
                return LATEST;
            }
            try {
                int n = Integer.parseInt(text);
                if (n == -1) {
                    return LATEST;
                }
                if (n >= 1) {
                    return new VersionRef(n);
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw RegistryException.invalidVersion(text);
        }

        boolean latest() {
            return number == -1;
        }
    }

    private final SchemaLog log;
    private final RegistryState state;

    SchemaRegistryService(SchemaLog log, RegistryState state) {
        this.log = log;
        this.state = state;
    }

    // ---- schemas -------------------------------------------------------------------------------------------

    synchronized int register(String subject, String schemaText, String schemaType, boolean hasReferences) {
        return register(subject, schemaText, schemaType, hasReferences, null, null);
    }

    /**
     * Registers a schema. {@code requestedId} (and {@code requestedVersion}) may only be given in IMPORT mode, which
     * in turn requires an id: that is how a schema is restored under the id its records carry.
     */
    synchronized int register(String subject, String schemaText, String schemaType, boolean hasReferences,
                              Integer requestedId, Integer requestedVersion) {
        RegistryMode mode = state.effectiveMode(subject);
        if (mode.readOnly()) {
            throw RegistryException.operationNotPermitted("Subject " + subject + " is in read-only mode");
        }
        if (mode == RegistryMode.IMPORT && requestedId == null) {
            throw RegistryException.operationNotPermitted("Subject " + subject + " is in import mode");
        }
        if (mode != RegistryMode.IMPORT && requestedId != null) {
            throw RegistryException.operationNotPermitted("Subject " + subject + " is not in import mode");
        }
        Schema schema = parse(schemaText, schemaType, hasReferences);
        if (mode == RegistryMode.IMPORT) {
            return importVersion(subject, schema.toString(), requestedId, requestedVersion);
        }
        String canonical = schema.toString();
        NavigableMap<Integer, SchemaVersion> versions = state.subject(subject).orElse(null);
        if (versions != null) {
            for (SchemaVersion v : versions.values()) {
                if (!v.deleted() && v.schema().equals(canonical)) {
                    return v.id();
                }
            }
        }
        List<SchemaVersion> live = live(versions);
        List<CompatibilityLevel.Problem> problems = state.effectiveLevel(subject).check(schema,
                live.stream().map(v -> parseStored(v.schema())).collect(Collectors.toList()),
                live.stream().map(SchemaVersion::version).collect(Collectors.toList()));
        if (!problems.isEmpty()) {
            throw RegistryException.incompatible("Schema being registered is incompatible with an earlier schema "
                    + "for subject \"" + subject + "\", details: " + problems + ", {compatibility: '"
                    + state.effectiveLevel(subject) + "'}");
        }
        int id = state.idOf(canonical).orElseGet(this::newId);
        int version = versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        write(new SchemaVersion(subject, version, id, canonical, false));
        return id;
    }

    /** Without compatibility checks, as Confluent imports: the schemas come from a registry that checked them. */
    private int importVersion(String subject, String canonical, int id, Integer requestedVersion) {
        if (id < 1) {
            throw RegistryException.invalidSchema("Invalid schema id " + id + ": ids start at 1");
        }
        state.schemaById(id).filter(existing -> !existing.equals(canonical)).ifPresent(existing -> {
            throw RegistryException.operationNotPermitted("Overwrite new schema with id " + id
                    + " is not permitted.");
        });
        NavigableMap<Integer, SchemaVersion> versions = state.subject(subject).orElse(null);
        int version = requestedVersion != null ? requestedVersion
                : versions == null || versions.isEmpty() ? 1 : versions.lastKey() + 1;
        if (version < 1) {
            throw RegistryException.invalidVersion(Integer.toString(version));
        }
        SchemaVersion existing = versions == null ? null : versions.get(version);
        if (existing != null) {
            if (existing.id() == id && existing.schema().equals(canonical) && !existing.deleted()) {
                return id;
            }
            throw RegistryException.operationNotPermitted("Overwrite new schema with version " + version
                    + " is not permitted.");
        }
        if (id > state.nextId() - 1) {
            retireIdsUpTo(id);
        }
        write(new SchemaVersion(subject, version, id, canonical, false));
        return id;
    }

    private int newId() {
        int id = state.nextId();
        retireIdsUpTo(id);
        return id;
    }

    /** Persists the id counter before the id is used, so no crash or compaction can hand it out twice. */
    private void retireIdsUpTo(int id) {
        log.append(RegistryState.idKey(), RegistryState.idValue(id));
        state.apply(RegistryState.idKey(), RegistryState.idValue(id));
    }

    synchronized Registered lookup(String subject, String schemaText, String schemaType, boolean hasReferences,
                                   boolean includeDeleted) {
        Schema schema = parse(schemaText, schemaType, hasReferences);
        NavigableMap<Integer, SchemaVersion> versions = existingSubject(subject, includeDeleted);
        String canonical = schema.toString();
        return versions.values().stream()
                .filter(v -> (includeDeleted || !v.deleted()) && v.schema().equals(canonical))
                .findFirst().map(Registered::of)
                .orElseThrow(RegistryException::schemaNotFound);
    }

    synchronized List<String> subjects(boolean includeDeleted) {
        return state.subjectNames(includeDeleted);
    }

    synchronized List<Integer> versions(String subject, boolean includeDeleted) {
        return existingSubject(subject, includeDeleted).values().stream()
                .filter(v -> includeDeleted || !v.deleted())
                .map(SchemaVersion::version).collect(Collectors.toList());
    }

    synchronized Registered version(String subject, VersionRef ref, boolean includeDeleted) {
        return Registered.of(find(subject, ref, includeDeleted));
    }

    synchronized String schema(int id) {
        return state.schemaById(id).orElseThrow(() -> RegistryException.schemaNotFound(id));
    }

    synchronized List<Registered> subjectVersionsOf(int id) {
        schema(id);
        return state.versionsWithId(id).stream().map(Registered::of).collect(Collectors.toList());
    }

    /** Problems of {@code schemaText} against one version ({@code ref}) or, for null, every live version. */
    synchronized List<String> compatibilityProblems(String subject, VersionRef ref, String schemaText,
                                                    String schemaType, boolean hasReferences) {
        Schema schema = parse(schemaText, schemaType, hasReferences);
        List<SchemaVersion> against;
        if (ref == null) {
            against = live(state.subject(subject).orElse(null));
        } else if (ref.latest() && live(state.subject(subject).orElse(null)).isEmpty()) {
            against = List.of(); // nothing registered yet: anything is compatible
        } else {
            against = List.of(find(subject, ref, false));
        }
        return state.effectiveLevel(subject).check(schema,
                        against.stream().map(v -> parseStored(v.schema())).collect(Collectors.toList()),
                        against.stream().map(SchemaVersion::version).collect(Collectors.toList()))
                .stream().map(CompatibilityLevel.Problem::toString).collect(Collectors.toList());
    }

    // ---- deletes -------------------------------------------------------------------------------------------

    synchronized int deleteVersion(String subject, VersionRef ref, boolean permanent) {
        requireWritable(subject);
        NavigableMap<Integer, SchemaVersion> versions = existingSubject(subject, true);
        SchemaVersion v;
        if (ref.latest()) {
            v = live(versions).stream().reduce((a, b) -> b)
                    .orElseThrow(() -> RegistryException.subjectSoftDeleted(subject));
        } else {
            v = Optional.ofNullable(versions.get(ref.number()))
                    .orElseThrow(() -> RegistryException.versionNotFound(ref.number()));
        }
        if (permanent) {
            if (!v.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, v.version());
            }
            log.append(RegistryState.schemaKey(subject, v.version()), null);
            state.apply(RegistryState.schemaKey(subject, v.version()), null);
        } else {
            if (v.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, v.version());
            }
            write(new SchemaVersion(subject, v.version(), v.id(), v.schema(), true));
        }
        return v.version();
    }

    synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        requireWritable(subject);
        NavigableMap<Integer, SchemaVersion> versions = existingSubject(subject, true);
        List<SchemaVersion> all = new ArrayList<>(versions.values());
        List<Integer> numbers = all.stream().map(SchemaVersion::version).collect(Collectors.toList());
        if (permanent) {
            if (all.stream().anyMatch(v -> !v.deleted())) {
                throw RegistryException.subjectNotSoftDeleted(subject);
            }
            for (SchemaVersion v : all) {
                log.append(RegistryState.schemaKey(subject, v.version()), null);
                state.apply(RegistryState.schemaKey(subject, v.version()), null);
            }
            return numbers;
        }
        if (all.stream().allMatch(SchemaVersion::deleted)) {
            throw RegistryException.subjectSoftDeleted(subject);
        }
        List<Integer> deleted = new ArrayList<>();
        for (SchemaVersion v : all) {
            if (!v.deleted()) {
                write(new SchemaVersion(subject, v.version(), v.id(), v.schema(), true));
                deleted.add(v.version());
            }
        }
        return deleted;
    }

    // ---- compatibility configuration ---------------------------------------------------------------------------

    synchronized CompatibilityLevel globalLevel() {
        return state.globalLevel();
    }

    synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return state.subjectLevel(subject);
    }

    synchronized CompatibilityLevel setLevel(String subjectOrNull, String level) {
        CompatibilityLevel parsed = RegistryState.parseLevel(level);
        String key = RegistryState.configKey(subjectOrNull);
        String value = RegistryState.configValue(parsed);
        log.append(key, value);
        state.apply(key, value);
        return parsed;
    }

    /** Removes a subject's level (or resets the global one); returns the level it had. */
    synchronized CompatibilityLevel deleteLevel(String subjectOrNull) {
        CompatibilityLevel previous;
        if (subjectOrNull == null) {
            previous = state.globalLevel();
        } else {
            previous = state.subjectLevel(subjectOrNull)
                    .orElseThrow(() -> RegistryException.subjectNotFound(subjectOrNull));
        }
        String key = RegistryState.configKey(subjectOrNull);
        log.append(key, null);
        state.apply(key, null);
        return previous;
    }

    // ---- modes ---------------------------------------------------------------------------------------------

    synchronized RegistryMode globalMode() {
        return state.globalMode();
    }

    synchronized Optional<RegistryMode> subjectMode(String subject) {
        return state.subjectMode(subject);
    }

    /**
     * Sets the global mode (subject null) or a subject's. IMPORT over existing schemas needs {@code force}: ids
     * imported next to ids handed out here could collide.
     */
    synchronized RegistryMode setMode(String subjectOrNull, String mode, boolean force) {
        RegistryMode parsed = RegistryMode.parse(mode);
        if (parsed == RegistryMode.IMPORT && !force) {
            boolean hasSchemas = subjectOrNull == null ? !state.subjectNames(true).isEmpty()
                    : state.subject(subjectOrNull).map(v -> !v.isEmpty()).orElse(false);
            if (hasSchemas) {
                throw RegistryException.operationNotPermitted("Cannot import since found existing subjects");
            }
        }
        String key = RegistryState.modeKey(subjectOrNull);
        String value = RegistryState.modeValue(parsed);
        log.append(key, value);
        state.apply(key, value);
        return parsed;
    }

    /** Removes a subject's mode (or resets the global one to READWRITE); returns the mode it had. */
    synchronized RegistryMode deleteMode(String subjectOrNull) {
        RegistryMode previous;
        if (subjectOrNull == null) {
            previous = state.globalMode();
        } else {
            previous = state.subjectMode(subjectOrNull)
                    .orElseThrow(() -> RegistryException.subjectNotFound(subjectOrNull));
        }
        String key = RegistryState.modeKey(subjectOrNull);
        log.append(key, null);
        state.apply(key, null);
        return previous;
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private void requireWritable(String subject) {
        if (state.effectiveMode(subject).readOnly()) {
            throw RegistryException.operationNotPermitted("Subject " + subject + " is in read-only mode");
        }
    }

    private void write(SchemaVersion v) {
        String key = RegistryState.schemaKey(v.subject(), v.version());
        String value = RegistryState.schemaValue(v);
        log.append(key, value);
        state.apply(key, value);
    }

    private NavigableMap<Integer, SchemaVersion> existingSubject(String subject, boolean includeDeleted) {
        NavigableMap<Integer, SchemaVersion> versions = state.subject(subject)
                .orElseThrow(() -> RegistryException.subjectNotFound(subject));
        if (!includeDeleted && live(versions).isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    private SchemaVersion find(String subject, VersionRef ref, boolean includeDeleted) {
        NavigableMap<Integer, SchemaVersion> versions = existingSubject(subject, includeDeleted);
        if (ref.latest()) {
            List<SchemaVersion> candidates = includeDeleted ? new ArrayList<>(versions.values()) : live(versions);
            if (candidates.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            return candidates.get(candidates.size() - 1);
        }
        SchemaVersion v = versions.get(ref.number());
        if (v == null || (v.deleted() && !includeDeleted)) {
            throw RegistryException.versionNotFound(ref.number());
        }
        return v;
    }

    private static List<SchemaVersion> live(NavigableMap<Integer, SchemaVersion> versions) {
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(v -> !v.deleted()).collect(Collectors.toList());
    }

    private static Schema parse(String text, String schemaType, boolean hasReferences) {
        if (schemaType != null && !"AVRO".equalsIgnoreCase(schemaType)) {
            throw RegistryException.invalidSchema("Invalid schema type " + schemaType
                    + ": this registry supports AVRO only");
        }
        if (hasReferences) {
            throw RegistryException.invalidSchema("Invalid schema: schema references are not supported");
        }
        if (text == null || text.isBlank()) {
            throw RegistryException.invalidSchema("Invalid schema: empty schema");
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (org.apache.avro.AvroRuntimeException e) {
            throw RegistryException.invalidSchema("Invalid schema " + text + ", details: " + e.getMessage());
        } catch (RuntimeException e) {
            // the parser can also fail with Jackson or NPE-style errors on malformed input
            throw RegistryException.invalidSchema("Invalid schema " + text + ", details: " + e);
        }
    }

    private static Schema parseStored(String canonical) {
        return new Schema.Parser().parse(canonical);
    }
}
