package org.newsflow.local.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.newsflow.local.kafka.ClusterAdmin;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.kafka.EmbeddedKafkaCluster;
import org.newsflow.local.kafka.KafkaConnection;

/**
 * The KRaft cluster of {@code newsflow local --brokers N}, each node in a child JVM of its own ({@link AppProcess}),
 * so that a test can crash a broker for real: SIGKILL, no controlled shutdown, no leadership handed over, log
 * segments left unflushed. Every node is built by {@link EmbeddedKafkaCluster#member}, the recipe of the in-JVM
 * cluster; the ports are free loopback ports chosen now, and a restarted node keeps its ports and data.
 */
final class ChildKafkaCluster implements AutoCloseable {

    /** The child kind {@link AppProcess} starts a node for. */
    static final String NODE = "kafka-node";

    private static final String BROKERS = "node.brokers";
    private static final String INDEX = "node.index";
    private static final String PORT = "node.port";
    private static final String CONTROLLER_PORTS = "node.controller.ports";
    private static final String CLUSTER_ID = "node.cluster.id";
    private static final String DATA_DIR = "node.data.dir";
    private static final String PARTITIONS = "node.partitions";

    private final List<Map<String, String>> settings;
    private final AppProcess[] nodes;
    private final Path workDir;
    private final Duration startTimeout;
    private final int[] starts;
    private ClusterAdmin admin;

    private ChildKafkaCluster(List<Map<String, String>> settings, Path workDir, Duration startTimeout) {
        this.settings = settings;
        this.nodes = new AppProcess[settings.size()];
        this.starts = new int[settings.size()];
        this.workDir = workDir;
        this.startTimeout = startTimeout;
    }

    /**
     * Starts {@code brokers} nodes, all at once (a quorum of three elects a leader only once two controllers are up,
     * and a broker's start waits for that), with {@code partitions} partitions for topics created without a count.
     */
    static ChildKafkaCluster start(int brokers, int partitions, Path workDir, Duration startTimeout) {
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < EmbeddedKafkaCluster.controllers(brokers); i++) {
            controllerPorts.add(EmbeddedKafkaCluster.freePort());
        }
        String clusterId = Uuid.randomUuid().toString();
        List<Map<String, String>> settings = new ArrayList<>();
        for (int i = 0; i < brokers; i++) {
            Map<String, String> node = new LinkedHashMap<>();
            node.put(BROKERS, Integer.toString(brokers));
            node.put(INDEX, Integer.toString(i));
            node.put(PORT, Integer.toString(EmbeddedKafkaCluster.freePort()));
            node.put(CONTROLLER_PORTS, controllerPorts.stream().map(String::valueOf).collect(Collectors.joining(",")));
            node.put(CLUSTER_ID, clusterId);
            node.put(DATA_DIR, workDir.resolve("node-" + (i + 1)).toString());
            node.put(PARTITIONS, Integer.toString(partitions));
            settings.add(node);
        }
        ChildKafkaCluster cluster = new ChildKafkaCluster(settings, workDir, startTimeout);
        try {
            CompletableFuture.allOf(java.util.stream.IntStream.rangeClosed(1, brokers)
                    .mapToObj(id -> CompletableFuture.runAsync(() -> cluster.start(id)))
                    .toArray(CompletableFuture[]::new)).join();
            return cluster;
        } catch (CompletionException e) {
            cluster.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** In the child: the node these settings describe, not started yet. */
    static EmbeddedKafkaBroker node(Map<String, String> settings) {
        List<Integer> controllerPorts = Arrays.stream(settings.get(CONTROLLER_PORTS).split(","))
                .map(Integer::parseInt).toList();
        return EmbeddedKafkaCluster.member(EmbeddedKafkaBroker.builder()
                                .defaultPartitions(Integer.parseInt(settings.get(PARTITIONS)))
                                .exitJvmOnFatalError(true),
                        Integer.parseInt(settings.get(BROKERS)), Integer.parseInt(settings.get(INDEX)),
                        Integer.parseInt(settings.get(PORT)), controllerPorts, settings.get(CLUSTER_ID))
                .dataDir(Path.of(settings.get(DATA_DIR)))
                .build();
    }

    /** Starts node {@code id} (1-based) on its ports and data directory; returns once it serves clients. */
    void start(int id) {
        if (isAlive(id)) {
            return;
        }
        int incarnation = ++starts[id - 1];
        nodes[id - 1] = AppProcess.start(NODE, settings.get(id - 1),
                workDir.resolve("logs").resolve("node-" + id + "-" + incarnation), startTimeout);
    }

    /** SIGKILLs node {@code id}; returns once the process is gone. */
    void kill(int id) throws InterruptedException {
        nodes[id - 1].kill();
    }

    boolean isAlive(int id) {
        return nodes[id - 1] != null && nodes[id - 1].isAlive();
    }

    int size() {
        return nodes.length;
    }

    String bootstrapServers() {
        return settings.stream().map(s -> "127.0.0.1:" + s.get(PORT)).collect(Collectors.joining(","));
    }

    /** How the pipeline reaches the cluster, and the replication {@code newsflow local --brokers N} gives it. */
    KafkaConnection connection() {
        return new KafkaConnection(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                EmbeddedKafkaCluster.replicationFactor(size()), EmbeddedKafkaCluster.minInsyncReplicas(size()));
    }

    /** An admin client that knows every node (owned by the cluster). */
    synchronized ClusterAdmin admin() {
        if (admin == null) {
            admin = new ClusterAdmin(connection().clientProperties());
        }
        return admin;
    }

    /** Closes the admin client and kills every node still running. */
    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        for (AppProcess node : nodes) {
            if (node != null && node.isAlive()) {
                try {
                    node.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
