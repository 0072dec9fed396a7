package org.newsflow.local.registry;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.registry.RegistryHttp.Response;
import org.newsflow.schemas.Topic;
import org.newsflow.schemas.Topics;

/**
 * The recovery path after someone permanently deleted the schema every enriched record refers to: fresh consumers
 * fail on every record, until the schema is registered again under its original id in IMPORT mode; then the
 * enriched stream decodes again, from the first record.
 */
@Timeout(240)
class SchemaRestoreTest {

    @Test
    void aPermanentlyDeletedSchemaRestoredUnderItsIdMakesTheEnrichedStreamReadableAgain() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(LocalPipeline.Options.freePorts())) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(pipeline.ingestUrl() + "/articles"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Marco Rubio spoke with Sergey Lavrov.\n"
                            + "Russia and Ukraine agreed to talk again.\nNATO welcomed the talks."))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(202);
            String articleId = RegistryHttp.JSON.readTree(posted.body()).get("articleId").asText();
            new ProjectionsProbe(pipeline.projectionsUrl()).awaitComplete(List.of(articleId), Duration.ofMinutes(2));

            RegistryHttp registry = new RegistryHttp(pipeline.registry().url());
            String subject = pipeline.topics().enriched().name() + "-value";
            Response latest = registry.get("/subjects/" + subject + "/versions/latest");
            int id = latest.json().get("id").asInt();
            int version = latest.json().get("version").asInt();
            String schema = latest.json().get("schema").asText();

            assertThat(registry.delete("/subjects/" + subject).status()).isEqualTo(200);
            assertThat(registry.delete("/subjects/" + subject + "?permanent=true").status()).isEqualTo(200);
            assertThat(registry.get("/schemas/ids/" + id).json().get("error_code").asInt()).isEqualTo(40403);
            assertThatThrownBy(() -> readEnriched(pipeline, 3))
                    .isInstanceOf(RecordDeserializationException.class);

            assertThat(registry.put("/mode/" + subject, "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
            Response restored = registry.post("/subjects/" + subject + "/versions", RegistryHttp.JSON
                    .createObjectNode().put("schema", schema).put("id", id).put("version", version).toString());
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("id").asInt()).isEqualTo(id);
            assertThat(registry.put("/mode/" + subject, "{\"mode\":\"READWRITE\"}").status()).isEqualTo(200);

            List<ParagraphEnriched> decoded = readEnriched(pipeline, 3);
            assertThat(decoded).hasSize(3).allSatisfy(p -> assertThat(p.getArticleId()).isEqualTo(articleId));
            assertThat(decoded.get(0).getActors()).extracting(a -> a.getActorId()).contains("marco_rubio");
        }
    }

    /** Reads the enriched topic from the beginning with a new registry client, as a fresh consumer would. */
    private static List<ParagraphEnriched> readEnriched(LocalPipeline pipeline, int count) {
        Topic<String, ParagraphEnriched> enriched = PipelineTopics.catalogue(pipeline.config()).enriched();
        Map<String, Object> props = new HashMap<>(KafkaClientProperties.consumer(pipeline.config()));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        List<ParagraphEnriched> out = new ArrayList<>();
        try (KafkaConsumer<String, ParagraphEnriched> consumer = new KafkaConsumer<>(props,
                enriched.keySerde().deserializer(), enriched.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(enriched.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }
}
