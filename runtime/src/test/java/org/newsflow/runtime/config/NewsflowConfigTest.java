package org.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowConfigTest {

    @Test
    void layersDefaultsFileEnvironmentAndFlagsInThatOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ningest.http.port=9000\nschema.registry.url=http://file\n");
        NewsflowConfig config = NewsflowConfig.load(file,
                Map.of("NEWSFLOW_INGEST_HTTP_PORT", "9001", "NEWSFLOW_SCHEMA_REGISTRY_URL", "http://env",
                        "PATH", "/bin"),
                Map.of("schema.registry.url", "http://flag"));

        assertThat(config.get("bootstrap.servers")).isEqualTo("file:9092");
        assertThat(config.getInt("ingest.http.port")).isEqualTo(9001);
        assertThat(config.get("schema.registry.url")).isEqualTo("http://flag");
        assertThat(config.get("projections.http.port")).isEqualTo("8080");
        assertThat(config.asMap()).doesNotContainKey("path");
    }

    @Test
    void passesKafkaClientSettingsThroughButNotNewsflowOwnKeys() {
        NewsflowConfig config = NewsflowConfig.defaults()
                .with(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"));

        assertThat(config.kafkaProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsKey("bootstrap.servers")
                .doesNotContainKeys("ingest.http.port", "topic.prefix", "projections.http.port");
    }

    @Test
    void environmentNamesMapToDottedKeysBothWays() {
        assertThat(NewsflowConfig.envToKey("NEWSFLOW_SCHEMA_REGISTRY_URL")).isEqualTo("schema.registry.url");
        assertThat(NewsflowConfig.keyToEnv("ingest.max.article.bytes")).isEqualTo("NEWSFLOW_INGEST_MAX_ARTICLE_BYTES");
    }

    @Test
    void badNumbersAndMissingKeysSayWhichSetting() {
        NewsflowConfig config = NewsflowConfig.defaults().with("ingest.http.port", "eighty");
        assertThatThrownBy(() -> config.getInt("ingest.http.port")).hasMessageContaining("ingest.http.port");
        assertThatThrownBy(() -> config.get("no.such.key")).hasMessageContaining("NEWSFLOW_NO_SUCH_KEY");
    }
}
