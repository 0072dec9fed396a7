package org.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsflow.events.ActorReference;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.registry.CompatibilityLevel;

/**
 * Every published version of an event schema is kept under {@code schema-history/<Event>/vN.avsc}; the current
 * schema must stay BACKWARD_TRANSITIVE compatible with all of them, as the registry will demand. When a schema
 * changes, add its new version here.
 */
class SchemaHistoryTest {

    static List<Schema> events() {
        return List.of(ArticleIngested.getClassSchema(), ParagraphIngested.getClassSchema(),
                ParagraphEnriched.getClassSchema(), ActorReference.getClassSchema(), DeadLetter.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("events")
    void currentSchemaIsBackwardTransitiveCompatibleWithEveryPublishedVersion(Schema current) throws IOException {
        List<Schema> history = history(current.getName());

        assertThat(history).as("published versions of " + current.getName()).isNotEmpty();
        assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.check(current, history)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void theLatestPublishedVersionIsTheCurrentSchema(Schema current) throws IOException {
        List<Schema> history = history(current.getName());

        assertThat(history.get(history.size() - 1))
                .as("add schema-history/" + current.getName() + "/v" + (history.size() + 1) + ".avsc")
                .isEqualTo(current);
    }

    private static List<Schema> history(String name) throws IOException {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = SchemaHistoryTest.class.getResourceAsStream(
                    "/schema-history/" + name + "/v" + v + ".avsc")) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            }
        }
    }
}
