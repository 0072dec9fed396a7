package org.newsflow.projections.streams;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;

/**
 * The topology's description against the golden file: renaming a store, processor or repartition topic changes the
 * changelog and repartition topics of a running app, so it must be a deliberate change. To accept one, run with
 * {@code -Dnewsflow.golden.update=true}.
 */
class TopologyDescriptionTest {

    static final Path GOLDEN = Path.of("src/test/resources/topology.txt");

    @Test
    void matchesTheGoldenDescription() throws Exception {
        String url = "mock://golden-" + UUID.randomUUID();
        try {
            Topics topics = PipelineTopics.catalogue(NewsflowConfig.defaults().with(Map.of(ConfigKeys.SCHEMA_REGISTRY_URL, url)));
            String actual = ProjectionsTopology.build(new StreamsBuilder(), topics, ProjectionSettings.defaults())
                    .describe().toString();
            if (Boolean.getBoolean("newsflow.golden.update") || !Files.exists(GOLDEN)) {
                Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
            assertThat(actual).contains(StoreNames.ACTOR_DELTAS + "-repartition", StoreNames.ARTICLE_PROJECTOR,
                    StoreNames.ACTOR_PROJECTOR);
        } finally {
            SchemaRegistryClients.dropMockScope(url);
        }
    }
}
