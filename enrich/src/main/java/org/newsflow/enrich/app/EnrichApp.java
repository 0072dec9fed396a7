package org.newsflow.enrich.app;

import org.newsflow.runtime.topics.PipelineTopics;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.engine.DefaultEnricher;
import org.newsflow.enrich.engine.Enricher;
import org.newsflow.enrich.engine.kb.KnowledgeBase;
import org.newsflow.enrich.streams.EnrichSettings;
import org.newsflow.enrich.streams.EnrichTopology;
import org.newsflow.enrich.streams.ReferenceTopicSeeder;
import org.newsflow.schemas.Topics;
import org.newsflow.runtime.streams.StreamsProperties;
import org.newsflow.runtime.streams.RecordLimits;
import org.newsflow.runtime.streams.StreamsRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enrich service: the engine built once, the topics ensured, the reference topic seeded on first
 * start, and the Kafka Streams app started. {@link #runner()} exposes the Streams state for health checks.
 */
public final class EnrichApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private final StreamsRunner runner;
    private final Enricher engine;

    private EnrichApp(StreamsRunner runner, Enricher engine) {
        this.runner = runner;
        this.engine = engine;
    }

    public static EnrichApp start(NewsflowConfig config) {
        return start(config, DefaultEnricher::create);
    }

    /** Starts with another engine built over the app's knowledge base (the one the reference topic updates). */
    public static EnrichApp start(NewsflowConfig config, Function<KnowledgeBase, Enricher> engineFactory) {
        long started = System.nanoTime();
        KnowledgeBase knowledgeBase = KnowledgeBase.bundled();
        Enricher engine = engineFactory.apply(knowledgeBase);
        PipelineTopics.Provisioned provisioned = PipelineTopics.provision(config, (admin, names) ->
                ReferenceTopicSeeder.seedIfEmpty(admin, KafkaClientProperties.producer(config),
                        names.actorsReference(), knowledgeBase.entries(), ADMIN_TIMEOUT));
        Topics topics = provisioned.topics();
        RecordLimits limits = provisioned.limits();
        Properties props = StreamsProperties.committingEveryHop(
                StreamsProperties.forApp(config, ConfigKeys.ENRICH_APPLICATION_ID, topics, limits));
        StreamsBuilder builder = new StreamsBuilder(StreamsProperties.topologyConfig(props));
        EnrichTopology.build(builder, topics, EnrichSettings.from(config, limits), engine, knowledgeBase);
        Topology topology = builder.build(props);
        StreamsRunner runner = new StreamsRunner("enrich", topology, props).start();
        LOG.info("Enrich started in {} ms: engine {} {}, {} actors known, {} -> {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), engine.name(), engine.version(),
                knowledgeBase.size(), topics.paragraphs().name(), topics.enriched().name());
        return new EnrichApp(runner, engine);
    }

    /** The Kafka Streams app, for health and readiness. */
    public StreamsRunner runner() {
        return runner;
    }

    public Enricher engine() {
        return engine;
    }

    @Override
    public void close() {
        runner.close();
    }
}
