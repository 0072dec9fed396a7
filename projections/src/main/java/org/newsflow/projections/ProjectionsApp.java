package org.newsflow.projections;

import org.newsflow.runtime.topics.PipelineTopics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.projections.http.ProjectionsHttp;
import org.newsflow.projections.streams.ProjectionSettings;
import org.newsflow.projections.streams.PipelineMonitor;
import org.newsflow.projections.streams.ProjectionsTopology;
import org.newsflow.projections.streams.QueryService;
import org.newsflow.projections.streams.StoreNames;
import org.newsflow.runtime.metrics.ServiceMetrics;
import org.newsflow.schemas.Topics;
import org.newsflow.runtime.streams.StreamsProperties;
import org.newsflow.runtime.streams.RecordLimits;
import org.newsflow.runtime.streams.StreamsRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projections service: ensures the topics, serves the HTTP API on {@code projections.http.port} (0: any free
 * port) and runs the Streams app with {@code application.server} = the advertised host and the bound port.
 */
public final class ProjectionsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionsApp.class);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    static final long COMMIT_INTERVAL_MS = 500;
    /** Kafka Streams' "never wait for an empty input partition". */
    static final long MAX_TASK_IDLE_MS = -1;

    private final ProjectionsHttp http;
    private final StreamsRunner runner;
    private final KafkaStreamsMetrics streamsMetrics;
    private final PipelineMonitor monitor;
    private final String baseUrl;

    private ProjectionsApp(ProjectionsHttp http, StreamsRunner runner, KafkaStreamsMetrics streamsMetrics,
                           PipelineMonitor monitor, String baseUrl) {
        this.http = http;
        this.runner = runner;
        this.streamsMetrics = streamsMetrics;
        this.monitor = monitor;
        this.baseUrl = baseUrl;
    }

    public static ProjectionsApp start(NewsflowConfig config) {
        PipelineTopics.Provisioned provisioned = PipelineTopics.provision(config);
        Topics topics = provisioned.topics();
        RecordLimits limits = provisioned.limits();

        PrometheusMeterRegistry metrics = ServiceMetrics.prometheus();
        ProjectionsHttp http = ProjectionsHttp.start(config.get(ConfigKeys.PROJECTIONS_HTTP_HOST),
                config.getInt(ConfigKeys.PROJECTIONS_HTTP_PORT), metrics,
                BearerTokens.parse(config.getOrNull(ConfigKeys.PROJECTIONS_HTTP_TOKENS)));
        try {
            HostInfo self = new HostInfo(config.get(ConfigKeys.PROJECTIONS_ADVERTISED_HOST), http.port());
            Properties props = StreamsProperties.forApp(config, ConfigKeys.PROJECTIONS_APPLICATION_ID, topics, limits);
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            // Another instance keeps a warm copy of each store, so a failed instance's views are served again
            // without replaying the changelog (Streams places standbys only when other instances run).
            props.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG,
                    config.getInt(ConfigKeys.PROJECTIONS_STANDBY_REPLICAS));
            // Queries read the stores as the records are processed, not as they commit, so a longer commit interval
            // than the exactly-once default (100 ms) delays no answer; it lets the record cache coalesce more
            // updates of hot keys and makes fewer transactions (each one writes markers to every changelog
            // partition it touched). Only a crash replays more: up to one interval of input.
            props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
            // The projector's result does not depend on how its two inputs interleave (see ArticleState), so a task
            // need not wait for an empty input partition; and deciding whether to wait formats a log message for
            // every record (Kafka Streams 4.4), a few per cent of the thread.
            props.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, MAX_TASK_IDLE_MS);
            if (!compressionConfigured(config)) {
                // Changelog and repartition records of a few dozen bytes, sent in many small batches: each batch
                // compressed with LZ4 costs a fresh block buffer, more CPU here and at the broker than the bytes save.
                props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
            }
            // The default from Kafka 5.0 on; set now so Streams does not warn on start.
            props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
            Topology topology = ProjectionsTopology.build(
                    new StreamsBuilder(StreamsProperties.topologyConfig(props)), topics,
                    ProjectionSettings.from(config, limits));
            StreamsRunner runner = new StreamsRunner("projections", topology, props);
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(runner.streams());
            streamsMetrics.bindTo(metrics);
            http.attach(new QueryService(runner.streams(), self, topics.enriched().name()), runner::isLive);
            PipelineMonitor monitor = new PipelineMonitor(config);
            monitor.watch("projections", runner::health);
            http.monitor(monitor);
            http.health(() -> monitor.problems("projections"));
            runner.failures().bindTo(metrics);
            runner.start();
            String baseUrl = "http://" + self.host() + ":" + self.port();
            LOG.info("Projections serving on {} (application.id {})", baseUrl,
                    config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID));
            return new ProjectionsApp(http, runner, streamsMetrics, monitor, baseUrl);
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    private static boolean compressionConfigured(NewsflowConfig config) {
        Map<String, Object> kafka = config.kafkaProperties();
        return kafka.containsKey(ProducerConfig.COMPRESSION_TYPE_CONFIG)
                || kafka.containsKey(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG));
    }

    /**
     * The changelog topic of the paragraph views: one committed write per paragraph made queryable, what a load
     * test counts to know the views have caught up.
     */
    public static String paragraphViewsChangelog(NewsflowConfig config) {
        return config.get(ConfigKeys.PROJECTIONS_APPLICATION_ID) + "-" + StoreNames.ARTICLE_PARAGRAPHS + "-changelog";
    }

    /** The registry {@code /metrics} shows. */
    public io.micrometer.core.instrument.MeterRegistry meters() {
        return http.meters();
    }

    /** What {@code /api/pipeline} reports of every app; apps in the same JVM add their own health to it. */
    public PipelineMonitor monitor() {
        return monitor;
    }

    /** The port the HTTP API is bound to. */
    public int port() {
        return http.port();
    }

    /** {@code http://<advertised host>:<port>}. */
    public String baseUrl() {
        return baseUrl;
    }

    public KafkaStreams streams() {
        return runner.streams();
    }

    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void close() {
        try {
            http.close();
        } finally {
            streamsMetrics.close();
            monitor.close();
            // Leave the group at once so that the other instances take over this one's partitions without
            // waiting for the session timeout.
            runner.streams().close(CloseOptions.groupMembershipOperation(
                    CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(CLOSE_TIMEOUT));
            runner.close();
        }
    }
}
