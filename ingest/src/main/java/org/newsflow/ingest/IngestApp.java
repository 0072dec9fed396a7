package org.newsflow.ingest;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsBuilder;
import org.newsflow.config.BindAddress;
import org.newsflow.config.ConfigKeys;
import org.newsflow.config.KafkaClientProperties;
import org.newsflow.config.NewsflowConfig;
import org.newsflow.http.BearerTokens;
import org.newsflow.ingest.http.IngestHttpServer;
import org.newsflow.ingest.http.SubmissionGuard;
import org.newsflow.ingest.streams.IngestMetrics;
import org.newsflow.ingest.streams.IngestSettings;
import org.newsflow.ingest.streams.IngestTopology;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.schemas.Topics;
import org.newsflow.streams.StreamsProperties;
import org.newsflow.streams.RecordLimits;
import org.newsflow.streams.GroupProgress;
import org.newsflow.streams.StreamsRunner;
import org.newsflow.streams.TopicProvisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: creates the topics if missing, runs the ingest Streams app and serves the HTTP API on
 * {@code ingest.http.port} (0 = a free port, see {@link #httpPort()}). {@link #close()} stops both.
 */
public final class IngestApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

    private final Deque<AutoCloseable> resources;
    private final StreamsRunner runner;
    private final IngestHttpServer http;
    private final IngestMetrics metrics;
    private final Topics topics;

    private IngestApp(Deque<AutoCloseable> resources, StreamsRunner runner, IngestHttpServer http,
                      IngestMetrics metrics, Topics topics) {
        this.resources = resources;
        this.runner = runner;
        this.http = http;
        this.metrics = metrics;
        this.topics = topics;
    }

    public static IngestApp start(NewsflowConfig config) {
        Topics names = Topics.from(config);
        RecordLimits limits;
        try (Admin admin = Admin.create(KafkaClientProperties.admin(config))) {
            TopicProvisioner.ensure(admin, names, config, TOPIC_TIMEOUT);
            limits = RecordLimits.lookup(admin, names.allNames(), TOPIC_TIMEOUT);
        }
        Topics topics = names.bounded(limits);
        // Everything started so far, closed in reverse order if a later step fails or on close().
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            started.push(registry::close);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            IngestMetrics metrics = new IngestMetrics(registry);
            IngestSettings settings = IngestSettings.from(config, limits, metrics);

            Properties props = StreamsProperties.forApp(config, ConfigKeys.INGEST_APPLICATION_ID, topics, limits);
            StreamsBuilder builder = new StreamsBuilder(StreamsProperties.topologyConfig(props));
            IngestTopology.build(builder, topics, settings);
            StreamsRunner runner = new StreamsRunner("ingest", builder.build(props), props);
            started.push(runner);
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(runner.streams());
            streamsMetrics.bindTo(registry);
            started.push(streamsMetrics);

            ArticleSubmitter submitter = new ArticleSubmitter(
                    ArticleSubmitter.idempotentProducer(config, config.get(ConfigKeys.INGEST_APPLICATION_ID) + "-http",
                            limits.maxRequestSize()),
                    topics.submitted().name(), settings.parser());
            started.push(submitter);
            KafkaClientMetrics producerMetrics = new KafkaClientMetrics(submitter.producer());
            producerMetrics.bindTo(registry);
            started.push(producerMetrics);

            runner.start();
            runner.failures().bindTo(registry);
            Admin monitor = Admin.create(KafkaClientProperties.admin(config));
            started.push(monitor);
            GroupProgress progress = new GroupProgress(monitor, config.get(ConfigKeys.INGEST_APPLICATION_ID),
                    config.getLong(ConfigKeys.HEALTH_STALL_MS), System::currentTimeMillis);
            String host = config.get(ConfigKeys.INGEST_HTTP_HOST);
            BearerTokens tokens = BearerTokens.parse(config.getOrNull(ConfigKeys.INGEST_HTTP_TOKENS));
            SubmissionGuard guard = new SubmissionGuard(tokens, BindAddress.isLoopback(host));
            IngestHttpServer http = IngestHttpServer.start(host, config.getInt(ConfigKeys.INGEST_HTTP_PORT), guard,
                    submitter, runner::isLive, () -> notReady(runner, progress), registry::scrape);
            started.push(http);
            LOG.info("Ingest service started: reading {}, HTTP on port {}", topics.submitted().name(), http.port());
            return new IngestApp(started, runner, http, metrics, topics);
        } catch (RuntimeException e) {
            closeAll(started);
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
    public synchronized void close() {
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping the ingest service: {}", e.toString());
            }
        }
    }
}
