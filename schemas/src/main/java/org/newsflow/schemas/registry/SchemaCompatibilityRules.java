package org.newsflow.schemas.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * The Schema Registry's compatibility levels, decided with Avro's own {@link SchemaCompatibility}. BACKWARD means
 * the new schema can read data written with the old one; FORWARD the reverse; FULL both; TRANSITIVE against every
 * earlier version rather than the latest only.
 */
public final class SchemaCompatibilityRules {

    public static final String DEFAULT_LEVEL = "BACKWARD_TRANSITIVE";

    private SchemaCompatibilityRules() {
    }

    /**
     * Reasons the candidate is incompatible with the existing versions (oldest first) under the level; empty when
     * it is compatible.
     */
    public static List<String> violations(String level, Schema candidate, List<Schema> existing) {
        String normalized = level.toUpperCase(Locale.ROOT);
        if (normalized.equals("NONE") || existing.isEmpty()) {
            return List.of();
        }
        boolean transitive = normalized.endsWith("_TRANSITIVE");
        String direction = transitive ? normalized.substring(0, normalized.length() - "_TRANSITIVE".length())
                : normalized;
        List<Schema> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
        List<String> reasons = new ArrayList<>();
        for (Schema old : against) {
            if (direction.equals("BACKWARD") || direction.equals("FULL")) {
                check(candidate, old, "new schema cannot read data written with an old version", reasons);
            }
            if (direction.equals("FORWARD") || direction.equals("FULL")) {
                check(old, candidate, "an old version cannot read data written with the new schema", reasons);
            }
            if (!List.of("BACKWARD", "FORWARD", "FULL").contains(direction)) {
                throw new IllegalArgumentException("Unknown compatibility level " + level);
            }
        }
        return reasons;
    }

    private static void check(Schema reader, Schema writer, String what, List<String> reasons) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
            result.getResult().getIncompatibilities().forEach(i -> reasons.add(what + ": " + i.getType() + " at "
                    + i.getLocation() + " (" + i.getMessage() + ")"));
        }
    }
}
