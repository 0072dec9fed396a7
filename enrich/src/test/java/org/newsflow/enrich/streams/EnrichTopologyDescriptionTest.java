package org.newsflow.enrich.streams;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;

/**
 * Compares the topology description with the golden file, so that renaming a store, a processor or a topic is a
 * deliberate act: a renamed store gets a new changelog and loses its state, a renamed processor can change offsets.
 * After an intended change, regenerate with {@code -Dnewsflow.golden.update=true} and commit the file.
 */
class EnrichTopologyDescriptionTest {

    private static final Path GOLDEN = Path.of("src/test/resources/topology/enrich.txt");

    @Test
    void topologyMatchesTheGoldenDescription() throws IOException {
        String url = "mock://enrich-describe";
        NewsflowConfig config = NewsflowConfig.defaults().with(ConfigKeys.SCHEMA_REGISTRY_URL, url);
        KnowledgeBase kb = KnowledgeBase.bundled();
        String description = EnrichDriver.topology(PipelineTopics.catalogue(config), config, new GazetteerEnricher(kb), kb)
                .describe().toString();
        SchemaRegistryClients.dropMockScope(url);
        if (Boolean.getBoolean("newsflow.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, description, StandardCharsets.UTF_8);
        }
        assertThat(description).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
