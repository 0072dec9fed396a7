package org.newsflow.local;

import org.newsflow.runtime.Directories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsflow.runtime.OrderedShutdown;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.ingest.IngestApp;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.kafka.EmbeddedKafkaCluster;
import org.newsflow.local.kafka.HangingTransactions;
import org.newsflow.local.kafka.KafkaConnection;
import org.newsflow.local.registry.EmbeddedSchemaRegistry;
import org.newsflow.schemas.Topics;
import org.newsflow.schemas.registry.SchemaRegistryClients;

/**
 * The whole pipeline in one JVM: an embedded KRaft broker (or a cluster of them, {@code local.brokers}), the embedded Schema Registry, and the ingest, enrich
 * and projections apps wired to them. Used by {@code newsflow local} and by the end-to-end tests. Everything it
 * opens listens on loopback unless a setting ({@code local.kafka.host}, {@code local.registry.host},
 * {@code ingest.http.host}, {@code projections.http.host}) says otherwise.
 */
public final class LocalPipeline implements AutoCloseable {

    /** Where to listen and keep data. Port 0 means a free port (tests); the command uses the DESIGN defaults. */
    public record Options(int kafkaPort, int registryPort, int ingestPort, int projectionsPort, Path dataDir,
                          int partitions, Map<String, String> settings) {

        public static Options defaults() {
            return new Options(9092, 8081, 8082, 8080, null, 3, Map.of());
        }

        public static Options freePorts() {
            return new Options(0, 0, 0, 0, null, 3, Map.of());
        }

        public Options withSettings(Map<String, String> more) {
            Map<String, String> merged = new LinkedHashMap<>(settings);
            merged.putAll(more);
            return new Options(kafkaPort, registryPort, ingestPort, projectionsPort, dataDir, partitions, merged);
        }
    }

    private final OrderedShutdown started = new OrderedShutdown("the local stack");
    private final Map<String, Long> startMillis = new LinkedHashMap<>();
    private EmbeddedKafkaCluster cluster;
    private EmbeddedSchemaRegistry registry;
    private NewsflowConfig config;
    private PipelineApps apps;

    private LocalPipeline() {
    }

    public static LocalPipeline start(Options options) {
        PortCheck.requireFree(options.kafkaPort(), "Kafka broker", "--kafka-port");
        return start(options, null);
    }

    /**
     * The registry and the three apps on a Kafka cluster that runs elsewhere (its nodes in processes of their own,
     * say); {@link #cluster()} is then null and {@code options.kafkaPort()} unused.
     */
    public static LocalPipeline startOn(KafkaConnection kafka, Options options) {
        return start(options, kafka);
    }

    private static LocalPipeline start(Options options, KafkaConnection kafka) {
        PortCheck.requireFree(options.registryPort(), "Schema Registry", "--registry-port");
        PortCheck.requireFree(options.ingestPort(), "ingest HTTP", "--ingest-port");
        PortCheck.requireFree(options.projectionsPort(), "projections HTTP", "--projections-port");
        LocalPipeline pipeline = new LocalPipeline();
        try {
            pipeline.startAll(options, kafka);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(Options options, KafkaConnection external) {
        Map<String, String> chosen = options.settings();
        KafkaConnection kafka = external != null ? external : startCluster(options);

        long t1 = System.nanoTime();
        Map<String, String> registryUsers = RegistryUsers.parse(chosen.get(ConfigKeys.LOCAL_REGISTRY_USERS));
        registry = track(EmbeddedSchemaRegistry.builder()
                .kafkaProperties(kafka.clientProperties())
                .host(chosen.getOrDefault(ConfigKeys.LOCAL_REGISTRY_HOST, BindAddress.LOOPBACK))
                .port(options.registryPort())
                .basicAuth(registryUsers)
                .build()
                .start());
        startMillis.put("registry", elapsedMs(t1));

        Path stateDir = stateDir(options);
        if (options.dataDir() == null) {
            track(() -> Directories.deleteRecursively(stateDir));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        kafka.clientProperties().forEach((key, value) -> settings.put(key, String.valueOf(value)));
        settings.put(ConfigKeys.TOPIC_REPLICATION, Integer.toString(kafka.replicationFactor()));
        settings.put(ConfigKeys.TOPIC_MIN_INSYNC_REPLICAS, Integer.toString(kafka.minInsyncReplicas()));
        RegistryUsers.first(registryUsers).ifPresent(userInfo ->
                settings.put(SchemaRegistryClients.USER_INFO_CONFIG, userInfo));
        settings.put(ConfigKeys.SCHEMA_REGISTRY_URL, registry.url());
        settings.put(ConfigKeys.TOPIC_PARTITIONS, Integer.toString(options.partitions()));
        settings.put(ConfigKeys.STATE_DIR, stateDir.toString());
        settings.put(ConfigKeys.INGEST_HTTP_PORT, Integer.toString(options.ingestPort()));
        settings.put(ConfigKeys.PROJECTIONS_HTTP_PORT, Integer.toString(options.projectionsPort()));
        settings.put(ConfigKeys.INGEST_HTTP_HOST, BindAddress.LOOPBACK);
        settings.put(ConfigKeys.PROJECTIONS_HTTP_HOST, BindAddress.LOOPBACK);
        settings.putAll(options.settings());
        config = NewsflowConfig.defaults().with(settings);
        apps = track(PipelineApps.start(config));
        startMillis.putAll(apps.startMillis());
    }

    private KafkaConnection startCluster(Options options) {
        long t0 = System.nanoTime();
        String kafkaHost = options.settings().getOrDefault(ConfigKeys.LOCAL_KAFKA_HOST, BindAddress.LOOPBACK);
        cluster = track(EmbeddedKafkaCluster.create(brokers(options.settings()), options.kafkaPort(),
                options.dataDir() == null ? null : options.dataDir().resolve("kafka"),
                () -> EmbeddedKafkaBroker.builder().host(kafkaHost).defaultPartitions(options.partitions()))
                .start());
        startMillis.put("broker", elapsedMs(t0));
        track(HangingTransactions.watch(cluster.connection().clientProperties()));
        return cluster.connection();
    }

    private static int brokers(Map<String, String> settings) {
        String value = settings.getOrDefault(ConfigKeys.LOCAL_BROKERS, "1").trim();
        try {
            int brokers = Integer.parseInt(value);
            if (brokers >= 1) {
                return brokers;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("--brokers (" + ConfigKeys.LOCAL_BROKERS + ") must be a whole number of "
                + "at least 1, not '" + value + "'");
    }

    private static Path stateDir(Options options) {
        try {
            return options.dataDir() != null
                    ? Files.createDirectories(options.dataDir().resolve("streams"))
                    : Files.createTempDirectory("newsflow-streams-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the Kafka Streams state directory", e);
        }
    }

    private <T extends AutoCloseable> T track(T component) {
        return started.add(component);
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public NewsflowConfig config() {
        return config;
    }

    public Topics topics() {
        return apps.topics();
    }

    public PipelineApps apps() {
        return apps;
    }

    /** The first broker: the only one unless {@value ConfigKeys#LOCAL_BROKERS} asks for more (null on a cluster run elsewhere). */
    public EmbeddedKafkaBroker broker() {
        return cluster == null ? null : cluster.node(1);
    }

    /**
     * Every broker, and an admin client and bootstrap address that reach the cluster while any one is up; null when
     * the pipeline runs on a cluster started elsewhere ({@link #startOn}).
     */
    public EmbeddedKafkaCluster cluster() {
        return cluster;
    }

    public EmbeddedSchemaRegistry registry() {
        return registry;
    }

    public IngestApp ingest() {
        return apps.ingest();
    }

    public EnrichApp enrich() {
        return apps.enrich();
    }

    public ProjectionsApp projections() {
        return apps.projections();
    }

    public String ingestUrl() {
        return apps.ingestUrl();
    }

    public String projectionsUrl() {
        return apps.projectionsUrl();
    }

    public boolean isRunning() {
        return apps.isRunning();
    }

    /** How long each part took to start, in milliseconds, in start order. */
    public Map<String, Long> startMillis() {
        return Collections.unmodifiableMap(startMillis);
    }

    /** Stops the apps first, then the registry, then the broker. */
    @Override
    public void close() {
        started.close();
    }
}
