package org.newsflow.projections.support;

import org.newsflow.runtime.topics.PipelineTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.events.ArticleIngested;
import org.newsflow.events.DeadLetter;
import org.newsflow.events.ParagraphEnriched;
import org.newsflow.projections.streams.LocalViews;
import org.newsflow.projections.streams.ProjectionSettings;
import org.newsflow.projections.streams.ProjectionsTopology;
import org.newsflow.projections.streams.StoreAccess;
import org.newsflow.projections.streams.StoreNames;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;
import org.newsflow.runtime.streams.StreamsProperties;

/** The projections topology under a TopologyTestDriver, with an in-memory registry and the same local views. */
public final class ProjectionsDriver implements AutoCloseable {

    private final String registryUrl = "mock://projections-" + UUID.randomUUID();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, ParagraphEnriched> paragraphs;
    private final TestInputTopic<String, ArticleIngested> articles;
    private final TestInputTopic<byte[], DeadLetter> deadLetters;
    private final LocalViews views;

    public ProjectionsDriver() {
        this(ProjectionSettings.defaults());
    }

    public ProjectionsDriver(ProjectionSettings settings) {
        try {
            Path state = Files.createTempDirectory("projections-ttd");
            NewsflowConfig config = NewsflowConfig.defaults().with(Map.of(
                    ConfigKeys.SCHEMA_REGISTRY_URL, registryUrl, ConfigKeys.STATE_DIR, state.toString()));
            Topics topics = PipelineTopics.catalogue(config);
            Properties props = StreamsProperties.forApp(config, ConfigKeys.PROJECTIONS_APPLICATION_ID, topics);
            driver = new TopologyTestDriver(ProjectionsTopology.build(new StreamsBuilder(), topics, settings), props);
            paragraphs = driver.createInputTopic(topics.enriched().name(), topics.enriched().keySerde().serializer(),
                    topics.enriched().valueSerde().serializer());
            articles = driver.createInputTopic(topics.articles().name(), topics.articles().keySerde().serializer(),
                    topics.articles().valueSerde().serializer());
            deadLetters = driver.createInputTopic(topics.deadLetters().name(),
                    topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        views = new LocalViews(new StoreAccess() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValue(String name) {
                return driver.getKeyValueStore(name);
            }

            @Override
            public <V> ReadOnlyWindowStore<String, V> window(String name) {
                return driver.getWindowStore(name);
            }

            @Override
            public <V> java.util.List<ReadOnlyKeyValueStore<String, V>> articlePartitions(String name) {
                return java.util.List.of(driver.<String, V>getKeyValueStore(name));
            }
        });
    }

    /** The topology's metrics, Kafka Streams' own and those the processors add. */
    public java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> metrics() {
        return driver.metrics();
    }

    public ProjectionsDriver pipe(ParagraphEnriched p) {
        paragraphs.pipeInput(p.getArticleId(), p, p.getIngestedAt());
        return this;
    }

    public ProjectionsDriver pipe(ArticleIngested a) {
        articles.pipeInput(a.getArticleId(), a, a.getIngestedAt());
        return this;
    }

    public ProjectionsDriver pipe(DeadLetter letter) {
        deadLetters.pipeInput(null, letter, letter.getFailedAt());
        return this;
    }

    public ProjectionsDriver pipeAt(ParagraphEnriched p, Instant at) {
        paragraphs.pipeInput(p.getArticleId(), p, at);
        return this;
    }

    public LocalViews views() {
        return views;
    }

    public <V> Map<String, V> dump(String store) {
        Map<String, V> out = new java.util.TreeMap<>();
        driver.<String, V>getKeyValueStore(store).all().forEachRemaining(kv -> out.put(kv.key, kv.value));
        return out;
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    public static java.util.List<String> allKeyValueStores() {
        java.util.List<String> out = new java.util.ArrayList<>(StoreNames.ARTICLE_STORES);
        out.addAll(StoreNames.ACTOR_KEY_VALUE_STORES);
        return out;
    }

    @Override
    public void close() {
        driver.close();
        SchemaRegistryClients.dropMockScope(registryUrl);
    }
}
