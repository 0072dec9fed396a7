package org.newsflow.ingest;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsBuilder;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.ingest.http.IngestHttpServer;
import org.newsflow.ingest.http.SubmissionGuard;
import org.newsflow.ingest.streams.IngestMetrics;
import org.newsflow.ingest.streams.IngestSettings;
import org.newsflow.ingest.streams.IngestTopology;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.runtime.OrderedShutdown;
import org.newsflow.runtime.metrics.ServiceMetrics;
import org.newsflow.runtime.topics.PipelineTopics;
import org.newsflow.schemas.Topics;
import org.newsflow.runtime.streams.StreamsProperties;
import org.newsflow.runtime.streams.RecordLimits;
import org.newsflow.runtime.streams.GroupProgress;
import org.newsflow.runtime.streams.StreamsRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: creates the topics if missing, runs the ingest Streams app and serves the HTTP API on
 * {@code ingest.http.port} (0 = a free port, see {@link #httpPort()}). {@link #close()} stops both.
 */
public final class IngestApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);

    private final OrderedShutdown started;
    private final StreamsRunner runner;
    private final IngestHttpServer http;
    private final IngestMetrics metrics;
    private final Topics topics;

    private IngestApp(OrderedShutdown started, StreamsRunner runner, IngestHttpServer http,
                      IngestMetrics metrics, Topics topics) {
        this.started = started;
        this.runner = runner;
        this.http = http;
        this.metrics = metrics;
        this.topics = topics;
    }

    public static IngestApp start(NewsflowConfig config) {
        PipelineTopics.Provisioned provisioned = PipelineTopics.provision(config);
        Topics topics = provisioned.topics();
        RecordLimits limits = provisioned.limits();
        OrderedShutdown started = new OrderedShutdown("the ingest service");
        try {
            PrometheusMeterRegistry registry = ServiceMetrics.prometheus();
            started.add(registry::close);
            IngestMetrics metrics = new IngestMetrics(registry);
            IngestSettings settings = IngestSettings.from(config, limits, metrics);

            Properties props = StreamsProperties.committingEveryHop(
                    StreamsProperties.forApp(config, ConfigKeys.INGEST_APPLICATION_ID, topics, limits));
            StreamsBuilder builder = new StreamsBuilder(StreamsProperties.topologyConfig(props));
            IngestTopology.build(builder, topics, settings);
            StreamsRunner runner = started.add(new StreamsRunner("ingest", builder.build(props), props));
            KafkaStreamsMetrics streamsMetrics = started.add(new KafkaStreamsMetrics(runner.streams()));
            streamsMetrics.bindTo(registry);

            ArticleSubmitter submitter = started.add(new ArticleSubmitter(
                    ArticleSubmitter.idempotentProducer(config, config.get(ConfigKeys.INGEST_APPLICATION_ID) + "-http",
                            limits.maxRequestSize()),
                    topics.submitted().name(), settings.parser()));
            KafkaClientMetrics producerMetrics = started.add(new KafkaClientMetrics(submitter.producer()));
            producerMetrics.bindTo(registry);

            runner.start();
            runner.failures().bindTo(registry);
            Admin monitor = started.add(Admin.create(KafkaClientProperties.admin(config)));
            GroupProgress progress = new GroupProgress(monitor, config.get(ConfigKeys.INGEST_APPLICATION_ID),
                    config.getLong(ConfigKeys.HEALTH_STALL_MS), System::currentTimeMillis);
            String host = config.get(ConfigKeys.INGEST_HTTP_HOST);
            BearerTokens tokens = BearerTokens.parse(config.getOrNull(ConfigKeys.INGEST_HTTP_TOKENS));
            SubmissionGuard guard = new SubmissionGuard(tokens, BindAddress.isLoopback(host));
            IngestHttpServer http = started.add(IngestHttpServer.start(host,
                    config.getInt(ConfigKeys.INGEST_HTTP_PORT), guard, submitter, runner::isLive,
                    () -> notReady(runner, progress), registry::scrape));
            LOG.info("Ingest service started: reading {}, HTTP on port {}", topics.submitted().name(), http.port());
            return new IngestApp(started, runner, http, metrics, topics);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    /** Why the stream is not ready, or null: not running, threads failing in a loop, or no progress. */
    private static String notReady(StreamsRunner runner, GroupProgress progress) {
        if (!runner.isRunning()) {
            return "not running (" + runner.state() + ")";
        }
        List<String> problems = new ArrayList<>(runner.health().problems());
        try {
            problems.addAll(progress.check().problems());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Kafka unreachable: the stream's own state says enough.
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    public int httpPort() {
        return http.port();
    }

    /** True once the Streams app is RUNNING (what {@code /health/ready} reports). */
    public boolean isRunning() {
        return runner.isRunning();
    }

    public StreamsRunner runner() {
        return runner;
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    public Topics topics() {
        return topics;
    }

    @Override
    public void close() {
        started.close();
    }
}
