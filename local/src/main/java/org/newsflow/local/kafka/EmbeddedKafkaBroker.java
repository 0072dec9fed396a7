package org.newsflow.local.kafka;

import org.newsflow.runtime.Directories;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.newsflow.runtime.config.BindAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka node (KRaft, combined broker + controller, or a broker only as part of an
 * {@link EmbeddedKafkaCluster}; alone by default) running inside this JVM, on
 * 127.0.0.1 unless another interface is given; the controller listener always stays on loopback. With
 * {@link BrokerSecurity#sasl} clients must authenticate and need ACLs.
 *
 * <p>{@link #start()} formats the data directory on first use and starts the server; {@link #stop()} shuts it down
 * cleanly and keeps the data; {@link #start()} again serves the same topics and records on the same port;
 * {@link #close()} stops and deletes the data directory if this broker created it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final Options options;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;
    private ClusterAdmin admin;
    private long lastStartMillis;

    private EmbeddedKafkaBroker(Options options) {
        this.options = options;
        this.port = options.port;
        this.controllerPort = options.controllerPort;
        if (options.dataDir != null) {
            this.dataDir = options.dataDir.toAbsolutePath();
            this.ownsDataDir = false;
        } else {
            try {
                this.dataDir = Files.createTempDirectory("newsflow-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary Kafka data directory", e);
            }
            this.ownsDataDir = true;
        }
        KafkaExit.install(options.exitJvmOnFatalError);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker with default options: free port, temporary data directory. */
    public static EmbeddedKafkaBroker startDefault() {
        return builder().build().start();
    }

    /** Formats the data directory if needed and starts the broker; returns once it accepts clients. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Kafka data directory " + logDir(), e);
        }
        // The first start picks the ports; a restart reuses them so clients keep their bootstrap address.
        port = choosePort(options.host, port, "Kafka broker");
        if (options.controller) {
            controllerPort = choosePort(LOOPBACK, controllerPort, "Kafka controller");
        }
        Properties props = serverProperties();
        writeProperties(props);
        if (!Files.exists(logDir().resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer raftServer = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(raftServer);
            if (isBindFailure(e)) {
                throw new IllegalStateException("Cannot start Kafka: port " + port + " on " + options.host
                        + " or " + controllerPort + " on " + LOOPBACK + " is already in use", e);
            }
            throw e;
        }
        server = raftServer;
        try {
            awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        lastStartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info("Kafka broker ready at {} in {} ms (data {})", bootstrapServers(), lastStartMillis, dataDir);
        BindAddress.warnIfExposed(LOG, "The Kafka broker", options.host, port, options.security.secured());
        return this;
    }

    /** Shuts the broker down cleanly and waits for it; the data directory is kept. */
    public synchronized void stop() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        if (server != null) {
            KafkaRaftServer s = server;
            server = null;
            s.shutdown();
            s.awaitShutdown();
        }
    }

    /** Stops the broker and deletes its data directory if it is a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:<port>} (or the advertised host); valid once started (and stable across restarts). */
    public String bootstrapServers() {
        return advertisedHost() + ":" + port;
    }

    /** The interface the client listener binds to. */
    public String host() {
        return options.host;
    }

    public BrokerSecurity security() {
        return options.security;
    }

    /** What a client needs to connect as the broker's super user: bootstrap servers, security settings. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        out.putAll(options.security.superUserProperties());
        return out;
    }

    /** What a client needs to connect as {@code user} of a secured broker. */
    public Map<String, Object> clientProperties(String user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        out.putAll(options.security.clientProperties(user));
        return out;
    }

    public int port() {
        return port;
    }

    public int nodeId() {
        return options.nodeId;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** How long the last {@link #start()} took, in milliseconds. */
    public long lastStartMillis() {
        return lastStartMillis;
    }

    /** Creates topics with the broker's default partition count, or leaves them if they exist. */
    public void createTopics(String... names) {
        createTopics(Stream.of(names)
                .map(n -> new NewTopic(n, java.util.Optional.empty(), java.util.Optional.empty()))
                .collect(Collectors.toList()));
    }

    public void createTopic(String name, int partitions, Map<String, String> configs) {
        createTopics(List.of(new NewTopic(name, java.util.Optional.of(partitions), java.util.Optional.empty())
                .configs(configs)));
    }

    /**
     * Creates the topics (existing ones are left alone) and waits until every partition has a leader: a producer
     * writing to a topic whose partitions are still leaderless can lose its first batch to retriable errors.
     */
    public void createTopics(Collection<NewTopic> topics) {
        clusterAdmin().createTopics(topics);
    }

    /** Waits until every partition of the topics has a leader. */
    public void awaitLeaders(Collection<String> topics, Duration timeout) {
        clusterAdmin().awaitLeaders(topics, timeout);
    }

    /** An admin client bound to this broker, owned by it (do not close). */
    public Admin admin() {
        return clusterAdmin().admin();
    }

    private synchronized ClusterAdmin clusterAdmin() {
        if (server == null) {
            throw new IllegalStateException("the broker is not running");
        }
        if (admin == null) {
            admin = new ClusterAdmin(clientProperties());
        }
        return admin;
    }

    private void awaitReady() {
        try {
            admin().describeCluster().nodes().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Kafka broker at " + bootstrapServers() + " did not become ready", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while starting Kafka", e);
        }
    }

    private Properties serverProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("process.roles", options.controller ? "broker,controller" : "broker");
        p.put("node.id", options.nodeId);
        String listener = options.security.protocol();
        p.put("controller.quorum.voters", options.quorumVoters != null ? options.quorumVoters
                : options.nodeId + "@" + LOOPBACK + ":" + controllerPort);
        p.put("listeners", listener + "://" + options.host + ":" + port
                + (options.controller ? ",CONTROLLER://" + LOOPBACK + ":" + controllerPort : ""));
        p.put("advertised.listeners", listener + "://" + advertisedHost() + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.putAll(options.security.brokerProperties());
        p.put("log.dirs", logDir().toString());
        p.put("num.partitions", options.defaultPartitions);
        int replicas = options.replicationFactor;
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", options.minInsyncReplicas);
        p.put("auto.create.topics.enable", true);
        // Internal topics are replicated like the pipeline's (one replica on one node), and fewer partitions
        // than the 50 default keeps the first group/transaction coordinator lookup fast.
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", options.internalTopicPartitions);
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", options.minInsyncReplicas);
        p.put("transaction.state.log.num.partitions", options.internalTopicPartitions);
        p.put("transaction.state.log.segment.bytes", 1024 * 1024);
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", options.minInsyncReplicas);
        p.put("share.coordinator.state.topic.num.partitions", options.internalTopicPartitions);
        p.put("group.initial.rebalance.delay.ms", 0);
        // The 128 MiB default is allocated eagerly by the cleaner and can exhaust a test heap; the broker
        // then halts the JVM.
        p.put("log.cleaner.dedupe.buffer.size", 4 * 1024 * 1024);
        p.put("log.cleaner.threads", 1);
        p.put("log.cleaner.backoff.ms", 1000);
        p.put("log.flush.interval.messages", Long.MAX_VALUE);
        p.put("controlled.shutdown.enable", true);
        p.put("delete.topic.enable", true);
        options.overrides.forEach(p::put);
        Properties props = new Properties();
        p.forEach((k, v) -> props.setProperty(k, String.valueOf(v)));
        return props;
    }

    private void format() {
        Path config = dataDir.resolve("server.properties");
        String clusterId = options.clusterId != null ? options.clusterId : Uuid.randomUuid().toString();
        String[] args = {"format", "--config", config.toString(), "--cluster-id", clusterId};
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int rc;
        try {
            rc = StorageTool.execute(args, sink);
        } catch (Exception e) {
            throw new KafkaException("Cannot format Kafka storage in " + logDir(), e);
        }
        if (rc != 0) {
            throw new KafkaException("Cannot format Kafka storage in " + logDir() + " (exit code " + rc + ")");
        }
    }

    private void writeProperties(Properties props) {
        try (OutputStream out = Files.newOutputStream(dataDir.resolve("server.properties"))) {
            props.store(out, "embedded Kafka broker");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path logDir() {
        return dataDir.resolve("logs");
    }

    /** A wildcard bind is advertised under this machine's name, which other hosts can resolve. */
    private String advertisedHost() {
        if (!isWildcard(options.host)) {
            return options.host;
        }
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (IOException e) {
            return LOOPBACK;
        }
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** Returns the port to listen on: a free one for 0, else the requested one if it can be bound. */
    private static int choosePort(String host, int requested, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), requested));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Kafka: " + what + " port " + requested + " on " + host
                    + " is already in use (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || (t.getMessage() != null && t.getMessage().contains("failed to bind"))) {
                return true;
            }
        }
        return false;
    }

    private static void shutdownQuietly(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("error while shutting down a Kafka broker that failed to start", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (UncheckedIOException e) {
            LOG.warn("cannot delete Kafka data directory {}", dir, e);
        }
    }

    /** Broker options; every field has a default fit for tests. */
    public static final class Options {
        private int port;
        private int controllerPort;
        private String host = LOOPBACK;
        private BrokerSecurity security = BrokerSecurity.none();
        private Path dataDir;
        private int defaultPartitions = 1;
        private int internalTopicPartitions = 5;
        private boolean exitJvmOnFatalError;
        private int nodeId = 1;
        private boolean controller = true;
        private String quorumVoters;
        private String clusterId;
        private int replicationFactor = 1;
        private int minInsyncReplicas = 1;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Options copy() {
            Options c = new Options();
            c.port = port;
            c.controllerPort = controllerPort;
            c.host = host;
            c.security = security;
            c.dataDir = dataDir;
            c.defaultPartitions = defaultPartitions;
            c.internalTopicPartitions = internalTopicPartitions;
            c.exitJvmOnFatalError = exitJvmOnFatalError;
            c.nodeId = nodeId;
            c.controller = controller;
            c.quorumVoters = quorumVoters;
            c.clusterId = clusterId;
            c.replicationFactor = replicationFactor;
            c.minInsyncReplicas = minInsyncReplicas;
            c.overrides.putAll(overrides);
            return c;
        }
    }

    public static final class Builder {
        private final Options options = new Options();

        /** Client port; 0 (the default) picks a free port. */
        public Builder port(int port) {
            options.port = port;
            return this;
        }

        /** The interface the client listener binds to; 127.0.0.1 by default. */
        public Builder host(String host) {
            options.host = host;
            return this;
        }

        /** Authentication and ACLs of the client listener; none by default. */
        public Builder security(BrokerSecurity security) {
            options.security = security;
            return this;
        }

        /** KRaft controller port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder controllerPort(int port) {
            options.controllerPort = port;
            return this;
        }

        /** A data directory that outlives the broker (kept on close); by default a temporary one is used. */
        public Builder dataDir(Path dir) {
            options.dataDir = dir;
            return this;
        }

        /** {@code num.partitions} for topics created without an explicit count; default 1. */
        public Builder defaultPartitions(int partitions) {
            options.defaultPartitions = partitions;
            return this;
        }

        /** Partitions of the consumer-offsets, transaction-state and share-state topics; default 5. */
        public Builder internalTopicPartitions(int partitions) {
            options.internalTopicPartitions = partitions;
            return this;
        }

        /**
         * Whether a fatal broker error may end the JVM as a standalone Kafka would (Kafka's {@code Exit}).
         * Off by default: the failing thread gets an exception instead, so a test JVM survives to report.
         */
        public Builder exitJvmOnFatalError(boolean exit) {
            options.exitJvmOnFatalError = exit;
            return this;
        }

        /**
         * This node's place in a cluster: its id, whether it is one of the KRaft controllers, the controller quorum
         * ({@code id@host:port,...}) and the cluster id every node is formatted with. Alone by default.
         */
        public Builder clusterMember(int nodeId, boolean controller, String quorumVoters, String clusterId) {
            options.nodeId = nodeId;
            options.controller = controller;
            options.quorumVoters = quorumVoters;
            options.clusterId = clusterId;
            return this;
        }

        /**
         * Replicas of topics created without an explicit factor and of the internal topics, and the in-sync
         * replicas a write needs; 1 and 1 by default.
         */
        public Builder replication(int replicationFactor, int minInsyncReplicas) {
            options.replicationFactor = replicationFactor;
            options.minInsyncReplicas = minInsyncReplicas;
            return this;
        }

        /** Any other broker setting; applied last. */
        public Builder brokerProperty(String key, Object value) {
            options.overrides.put(key, String.valueOf(value));
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(options.copy());
        }
    }
}
