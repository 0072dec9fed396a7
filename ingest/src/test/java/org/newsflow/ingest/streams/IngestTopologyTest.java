package org.newsflow.ingest.streams;

import org.newsflow.runtime.topics.PipelineTopics;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphIngested;
import org.newsflow.ingest.testing.SeedArticle;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.runtime.streams.StreamsProperties;

class IngestTopologyTest {

    private static final int MAX_BYTES = 8_000;
    private static final int MAX_PARAGRAPHS = 20;
    private static final Instant T0 = Instant.parse("2025-04-04T12:00:00Z");

    @TempDir
    Path stateDir;

    private String registryUrl;
    private IngestMetrics metrics;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> submitted;
    private TestOutputTopic<String, ArticleIngested> articles;
    private TestOutputTopic<String, ParagraphIngested> paragraphs;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        registryUrl = "mock://ingest-topology-" + UUID.randomUUID();
        NewsflowConfig config = NewsflowConfig.defaults().with(java.util.Map.of(
                ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl,
                ConfigKeys.STATE_DIR, stateDir.toString(),
                ConfigKeys.INGEST_MAX_ARTICLE_BYTES, Integer.toString(MAX_BYTES),
                ConfigKeys.INGEST_MAX_PARAGRAPHS, Integer.toString(MAX_PARAGRAPHS)));
        Topics topics = PipelineTopics.catalogue(config);
        metrics = IngestMetrics.unexposed();
        Properties props = StreamsProperties.forApp(config, ConfigKeys.INGEST_APPLICATION_ID, topics);
        driver = new TopologyTestDriver(topology(topics, IngestSettings.from(config, metrics), props), props, T0);
        submitted = driver.createInputTopic(topics.submitted().name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        articles = driver.createOutputTopic(topics.articles().name(), new StringDeserializer(),
                topics.articles().valueSerde().deserializer());
        paragraphs = driver.createOutputTopic(topics.paragraphs().name(), new StringDeserializer(),
                topics.paragraphs().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    static Topology topology(Topics topics, IngestSettings settings, Properties props) {
        StreamsBuilder builder = new StreamsBuilder();
        IngestTopology.build(builder, topics, settings);
        return builder.build(props);
    }

    @AfterEach
    void stop() {
        driver.close();
        SchemaRegistryClients.dropMockScope(registryUrl);
    }

    private void submit(String key, byte[] value) {
        submitted.pipeInput(new TestRecord<>(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, T0));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String id, String title, String body) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + body.replace("\n", "\\n")
                .replace("\"", "\\\"") + "\"}";
    }

    @Test
    void aGoodArticleBecomesOneArticleEventAndItsParagraphsInOrder() {
        submit(null, SeedArticle.bytes());

        List<TestRecord<String, ArticleIngested>> header = articles.readRecordsToList();
        List<TestRecord<String, ParagraphIngested>> events = paragraphs.readRecordsToList();
        assertThat(header).hasSize(1);
        ArticleIngested article = header.get(0).value();
        String articleId = article.getArticleId();
        assertThat(articleId).startsWith("sha256:");
        assertThat(header.get(0).key()).isEqualTo(articleId);
        assertThat(article.getParagraphCount()).isEqualTo(SeedArticle.PARAGRAPHS);
        assertThat(article.getIngestedAt()).isEqualTo(T0);
        assertThat(article.getEventId()).isEqualTo(articleId + "@" + article.getRevision());

        assertThat(events).hasSize(SeedArticle.PARAGRAPHS);
        assertThat(events).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(articleId);
            assertThat(r.value().getArticleId()).isEqualTo(articleId);
            assertThat(r.value().getRevision()).isEqualTo(article.getRevision());
            assertThat(r.value().getCount()).isEqualTo(SeedArticle.PARAGRAPHS);
        });
        assertThat(events).extracting(r -> r.value().getIndex()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, SeedArticle.PARAGRAPHS).boxed().toList());
        assertThat(events).extracting(r -> r.value().getText())
                .containsExactlyElementsOf(SeedArticle.text().lines().toList());
        assertThat(events).extracting(r -> r.value().getEventId()).doesNotHaveDuplicates();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.published()).isEqualTo(1);
    }

    @Test
    void jsonMetadataIsCarriedOnEveryEvent() {
        submit("ignored-key", utf8("{\"id\":\"a-1\",\"url\":\"https://example.org/a\",\"title\":\"Title\","
                + "\"source\":\"Example\",\"language\":\"en\",\"publishedAt\":\"2025-04-03T08:00:00Z\","
                + "\"body\":\"One.\\nTwo.\"}"));

        ArticleIngested article = articles.readValue();
        assertThat(article.getArticleId()).isEqualTo("a-1");
        assertThat(article.getTitle()).isEqualTo("Title");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-04-03T08:00:00Z"));
        assertThat(article.getBodyChars()).isEqualTo("One.\nTwo.".length());
        List<ParagraphIngested> events = paragraphs.readValuesToList();
        assertThat(events).extracting(ParagraphIngested::getText).containsExactly("One.", "Two.");
        assertThat(events).allSatisfy(p -> {
            assertThat(p.getSource()).isEqualTo("Example");
            assertThat(p.getUrl()).isEqualTo("https://example.org/a");
            assertThat(p.getLanguage()).isEqualTo("en");
        });
    }

    @Test
    void anIdenticalResubmissionPublishesNothingAndIsCounted() {
        submit(null, SeedArticle.bytes());
        articles.readRecordsToList();
        paragraphs.readRecordsToList();

        submit("some-key", SeedArticle.bytes());
        // The same body in the JSON form, with Windows line endings, is the same article and revision too.
        submit(null, utf8("{\"body\":\"" + SeedArticle.text().replace("\n", "\\r\\n").replace("\"", "\\\"")
                + "\"}"));

        assertThat(articles.isEmpty()).isTrue();
        assertThat(paragraphs.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.duplicates()).isEqualTo(2);
    }

    @Test
    void changedContentUnderTheSameIdIsANewRevision() {
        submit("a-1", utf8(json("a-1", "Title", "One.\nTwo.")));
        ArticleIngested first = articles.readValue();
        paragraphs.readRecordsToList();

        submit("a-1", utf8(json("a-1", "Title", "One.\nTwo, revised.\nThree.")));
        ArticleIngested second = articles.readValue();
        List<ParagraphIngested> revised = paragraphs.readValuesToList();

        assertThat(second.getArticleId()).isEqualTo("a-1");
        assertThat(second.getRevision()).isNotEqualTo(first.getRevision());
        assertThat(revised).extracting(ParagraphIngested::getText).containsExactly("One.", "Two, revised.", "Three.");
        assertThat(revised).allSatisfy(p -> assertThat(p.getRevision()).isEqualTo(second.getRevision()));

        // A new title alone is a new revision as well; going back to it again is not.
        submit("a-1", utf8(json("a-1", "New title", "One.\nTwo, revised.\nThree.")));
        assertThat(articles.readValue().getTitle()).isEqualTo("New title");
        paragraphs.readRecordsToList();
        submit("a-1", utf8(json("a-1", "New title", "One.\nTwo, revised.\nThree.")));
        assertThat(articles.isEmpty()).isTrue();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("invalid JSON", utf8("{\"body\": \"unterminated"), "not valid JSON"),
                Arguments.of("JSON without body", utf8("{\"title\": \"t\"}"), "no \"body\" field"),
                Arguments.of("empty value", new byte[0], "empty"),
                Arguments.of("empty body", utf8("{\"body\": \" \\n\\n \"}"), "body is empty"),
                Arguments.of("whitespace only", utf8(" \r\n\u200B "), "body is empty"),
                Arguments.of("not UTF-8", "Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8"),
                Arguments.of("over the size limit", utf8("x".repeat(MAX_BYTES + 1)),
                        "over the limit of " + MAX_BYTES + " bytes"),
                Arguments.of("over the paragraph limit", utf8("p\n".repeat(MAX_PARAGRAPHS + 1)),
                        "over the limit of " + MAX_PARAGRAPHS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGoesToTheDeadLetterTopicAndGoodArticlesAroundItStillFlow(String name, byte[] bad, String reason) {
        submit("before", utf8(json("before", "t", "Before.")));
        submit("bad-key", bad);
        submit("after", utf8(json("after", "t", "After.")));

        List<TestRecord<byte[], DeadLetter>> letters = deadLetters.readRecordsToList();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0).value();
        assertThat(letters.get(0).key()).isEqualTo(utf8("bad-key"));
        assertThat(letter.getStage()).isEqualTo("ingest.parse");
        assertThat(letter.getReason()).contains(reason);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.SUBMITTED);
        assertThat(letter.getSourcePartition()).isEqualTo(0);
        assertThat(letter.getSourceOffset()).isEqualTo(1L);
        assertThat(bytes(letter.getOriginalKey())).isEqualTo(utf8("bad-key"));
        assertThat(bytes(letter.getOriginalValue())).isEqualTo(bad);
        assertThat(letter.getApplication()).isEqualTo("newsflow-ingest");
        assertThat(letter.getEventId()).isEqualTo("ingest.parse:" + Topics.SUBMITTED + "-0@1");

        assertThat(articles.readValuesToList()).extracting(ArticleIngested::getArticleId)
                .containsExactly("before", "after");
        assertThat(paragraphs.readValuesToList()).extracting(ParagraphIngested::getText)
                .containsExactly("Before.", "After.");
        assertThat(metrics.rejected()).isEqualTo(1);
    }

    @Test
    void aDeadLetterKeepsAKeyThatIsNotUtf8() {
        byte[] key = {(byte) 0xFF, (byte) 0xFE, 0x01};
        submitted.pipeInput(new TestRecord<>(key, new byte[0], T0));
        TestRecord<byte[], DeadLetter> letter = deadLetters.readRecord();
        assertThat(letter.key()).isEqualTo(key);
        assertThat(bytes(letter.value().getOriginalKey())).isEqualTo(key);
    }

    @Test
    void theTopologyKeepsItsNames() throws Exception {
        Path golden = Path.of("src/test/resources/ingest-topology.txt");
        NewsflowConfig config = NewsflowConfig.defaults().with(ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl);
        Topics topics = PipelineTopics.catalogue(config);
        Properties props = StreamsProperties.forApp(config, ConfigKeys.INGEST_APPLICATION_ID, topics);
        String described = topology(topics, IngestSettings.from(config, IngestMetrics.unexposed()), props).describe().toString();
        if (Boolean.getBoolean("newsflow.golden.update")) {
            Files.writeString(golden, described);
        }
        assertThat(described).as("topology changed: check the names, then run with -Dnewsflow.golden.update=true")
                .isEqualTo(Files.readString(golden));
        assertThat(described).contains(IngestTopology.REVISIONS_STORE, IngestTopology.REPARTITION + "-repartition");
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
