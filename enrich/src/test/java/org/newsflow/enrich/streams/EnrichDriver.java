package org.newsflow.enrich.streams;

import org.newsflow.runtime.topics.PipelineTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.events.ActorReference;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.runtime.streams.StreamsProperties;

/** The enrich topology under {@link TopologyTestDriver}, with an in-memory registry of its own. */
final class EnrichDriver implements AutoCloseable {

    static final Path SEED_ARTICLE = Path.of(System.getProperty("newsflow.repo.dir", ".."))
            .resolve("seeds/000_82713d2b37d66114.txt");

    final String registryUrl = "mock://enrich-" + UUID.randomUUID();
    final NewsflowConfig config;
    final Topics topics;
    final KnowledgeBase knowledgeBase;
    final TopologyTestDriver driver;
    final TestInputTopic<String, ParagraphIngested> paragraphs;
    final TestInputTopic<String, byte[]> rawParagraphs;
    final TestInputTopic<String, ActorReference> references;
    final TestOutputTopic<String, ParagraphEnriched> enriched;
    final TestOutputTopic<byte[], DeadLetter> deadLetters;

    EnrichDriver(Path stateDir, KnowledgeBase knowledgeBase, Enricher enricher, Map<String, String> settings) {
        this.config = NewsflowConfig.defaults().with(ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl).with(settings);
        this.topics = PipelineTopics.catalogue(config);
        this.knowledgeBase = knowledgeBase;
        Properties props = StreamsProperties.forApp(config, ConfigKeys.ENRICH_APPLICATION_ID, topics);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(topology(topics, config, enricher, knowledgeBase), props);
        StringSerializer keys = new StringSerializer();
        paragraphs = driver.createInputTopic(topics.paragraphs().name(), keys,
                topics.paragraphs().valueSerde().serializer());
        rawParagraphs = driver.createInputTopic(topics.paragraphs().name(), keys, new ByteArraySerializer());
        references = driver.createInputTopic(topics.actorsReference().name(), keys,
                topics.actorsReference().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    static Topology topology(Topics topics, NewsflowConfig config, Enricher enricher, KnowledgeBase knowledgeBase) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, topics, EnrichSettings.from(config), enricher, knowledgeBase);
        return builder.build();
    }

    /** The seed article's paragraphs, one per line, empty lines skipped. */
    static List<String> seedParagraphs() {
        try {
            return Files.readAllLines(SEED_ARTICLE, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParagraphIngested> article(String articleId, String revision, List<String> texts) {
        List<ParagraphIngested> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(paragraph(articleId, revision, i + 1, texts.size(), texts.get(i)));
        }
        return out;
    }

    static ParagraphIngested paragraph(String articleId, String revision, int index, int count, String text) {
        return ParagraphIngested.newBuilder()
                .setEventId(articleId + ":" + revision + ":" + index)
                .setArticleId(articleId)
                .setRevision(revision)
                .setIndex(index)
                .setCount(count)
                .setText(text)
                .setTitle("Rubio urges Russia")
                .setSource("example")
                .setUrl("https://example.org/" + articleId)
                .setLanguage("en")
                .setPublishedAt(Instant.parse("2025-04-04T10:00:00Z"))
                .setIngestedAt(Instant.parse("2025-04-04T10:05:00Z"))
                .build();
    }

    void pipe(ParagraphIngested paragraph) {
        paragraphs.pipeInput(paragraph.getArticleId(), paragraph);
    }

    @Override
    public void close() {
        driver.close();
        SchemaRegistryClients.dropMockScope(registryUrl);
    }
}
