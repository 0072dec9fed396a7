package org.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * Confluent's compatibility levels, checked with Avro's {@link SchemaCompatibility}. BACKWARD: the new schema
 * reads data written with the old one; FORWARD: the old schema reads data written with the new one; FULL: both.
 * Non-transitive levels compare with the latest version only, transitive ones with every version. The embedded
 * registry and the in-memory client both decide with it.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The level named {@code text}, in any case; {@link IllegalArgumentException} for anything else. */
    public static CompatibilityLevel parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No compatibility level given");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown compatibility level " + text, e);
        }
    }

    /** One problem found between the candidate and an earlier version. */
    public record Problem(int version, String errorType, String location, String description) {
        @Override
        public String toString() {
            return "{errorType:'" + errorType + "', description:'" + description + "', location:'" + location
                    + "', oldSchemaVersion:" + version + "}";
        }
    }

    /**
     * Checks {@code candidate} against the earlier versions (oldest first, paired with their version numbers);
     * returns the problems, empty when compatible.
     */
    public List<Problem> check(Schema candidate, List<Schema> earlier, List<Integer> versions) {
        List<Problem> problems = new ArrayList<>();
        if (this == NONE || earlier.isEmpty()) {
            return problems;
        }
        int from = transitive ? 0 : earlier.size() - 1;
        for (int i = earlier.size() - 1; i >= from; i--) {
            Schema old = earlier.get(i);
            int version = versions.get(i);
            if (backward) {
                collect(problems, version, "new", SchemaCompatibility.checkReaderWriterCompatibility(candidate, old));
            }
            if (forward) {
                collect(problems, version, "old", SchemaCompatibility.checkReaderWriterCompatibility(old, candidate));
            }
        }
        return problems;
    }

    /** Checks {@code candidate} against the earlier versions, oldest first, numbered from 1. */
    public List<Problem> check(Schema candidate, List<Schema> earlier) {
        return check(candidate, earlier, IntStream.rangeClosed(1, earlier.size()).boxed().toList());
    }

    private static void collect(List<Problem> problems, int version, String reader,
                                SchemaCompatibility.SchemaPairCompatibility result) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility i : result.getResult().getIncompatibilities()) {
            String description = "the " + reader + " schema cannot read data written with the "
                    + ("new".equals(reader) ? "old" : "new") + " schema: " + i.getType() + " " + i.getMessage()
                    + " at " + i.getLocation();
            problems.add(new Problem(version, i.getType().name(), i.getLocation(), description));
        }
    }
}
