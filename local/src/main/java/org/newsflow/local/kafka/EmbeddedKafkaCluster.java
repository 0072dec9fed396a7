package org.newsflow.local.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

/**
 * A KRaft cluster of {@code N} {@link EmbeddedKafkaBroker} nodes in this JVM, on consecutive client ports. Three
 * nodes (one when fewer than three) are also the controller quorum. Topics created without an explicit factor get
 * min(3, N) replicas and need 2 in sync when N ≥ 3, like the internal topics. With one node it is exactly the
 * single broker {@code newsflow local} always ran.
 *
 * <p>Nodes can be stopped and started one by one ({@link #node}); the cluster's own admin client knows every node,
 * so it keeps working while one is down.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    /** Lowest port a controller is given: above the well-known and most registered services. */
    private static final int FIRST_FIXED_PORT = 10_000;

    private final List<EmbeddedKafkaBroker> nodes;
    private ClusterAdmin admin;

    private EmbeddedKafkaCluster(List<EmbeddedKafkaBroker> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** Replicas of a topic on {@code brokers} nodes: min(3, N). */
    public static int replicationFactor(int brokers) {
        return Math.min(3, brokers);
    }

    /** In-sync replicas a write needs on {@code brokers} nodes: 2 from three nodes on, else 1. */
    public static int minInsyncReplicas(int brokers) {
        return brokers >= 3 ? 2 : 1;
    }

    /**
     * Builds {@code brokers} nodes from the template: node {@code i} listens on {@code firstPort + i} (free ports
     * when {@code firstPort} is 0) and keeps its data in {@code dataDir/node-<id>} (or a temporary directory).
     */
    public static EmbeddedKafkaCluster create(int brokers, int firstPort, Path dataDir,
                                              java.util.function.Supplier<EmbeddedKafkaBroker.Builder> template) {
        if (brokers < 1) {
            throw new IllegalArgumentException("--brokers must be at least 1, not " + brokers);
        }
        if (brokers == 1) {
            EmbeddedKafkaBroker.Builder single = template.get().port(firstPort);
            if (dataDir != null) {
                single.dataDir(dataDir);
            }
            return new EmbeddedKafkaCluster(List.of(single.build()));
        }
        List<Integer> controllerPorts = new ArrayList<>();
        for (int i = 0; i < controllers(brokers); i++) {
            controllerPorts.add(freePort());
        }
        String clusterId = Uuid.randomUuid().toString();
        List<EmbeddedKafkaBroker> nodes = new ArrayList<>();
        for (int i = 0; i < brokers; i++) {
            EmbeddedKafkaBroker.Builder node = member(template.get(), brokers, i,
                    firstPort == 0 ? 0 : firstPort + i, controllerPorts, clusterId);
            if (dataDir != null) {
                node.dataDir(dataDir.resolve("node-" + (i + 1)));
            }
            nodes.add(node.build());
        }
        return new EmbeddedKafkaCluster(nodes);
    }

    /** KRaft controllers of a cluster of {@code brokers} nodes: three (a quorum that survives one loss), or one. */
    public static int controllers(int brokers) {
        return brokers >= 3 ? 3 : 1;
    }

    /**
     * Makes {@code node} member {@code index} (0-based, node id {@code index + 1}) of a {@code brokers}-node cluster
     * whose first {@link #controllers} members are the controllers on {@code controllerPorts}: the one recipe for
     * every node, whether it runs in this JVM or in a process of its own.
     */
    public static EmbeddedKafkaBroker.Builder member(EmbeddedKafkaBroker.Builder node, int brokers, int index,
                                                     int clientPort, List<Integer> controllerPorts,
                                                     String clusterId) {
        String voters = java.util.stream.IntStream.range(0, controllerPorts.size())
                .mapToObj(i -> (i + 1) + "@" + LOOPBACK + ":" + controllerPorts.get(i))
                .collect(Collectors.joining(","));
        boolean controller = index < controllerPorts.size();
        node.port(clientPort)
                .clusterMember(index + 1, controller, voters, clusterId)
                .replication(replicationFactor(brokers), minInsyncReplicas(brokers));
        if (controller) {
            node.controllerPort(controllerPorts.get(index));
        }
        return node;
    }

    /**
     * Starts every node that is not running, all at once: a controller quorum of three elects a leader only
     * once two of them are up, and a broker's start waits for that.
     */
    public synchronized EmbeddedKafkaCluster start() {
        List<CompletableFuture<EmbeddedKafkaBroker>> starting = nodes.stream()
                .map(node -> CompletableFuture.supplyAsync(node::start))
                .toList();
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return this;
    }

    /** Stops every node, all at once (a broker's controlled shutdown needs the controller quorum); data is kept. */
    public synchronized void stop() {
        closeAdmin();
        CompletableFuture.allOf(nodes.stream()
                .map(node -> CompletableFuture.runAsync(node::stop))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Stops every node and deletes the data directories the nodes created. */
    @Override
    public synchronized void close() {
        stop();
        nodes.forEach(EmbeddedKafkaBroker::close);
    }

    public int size() {
        return nodes.size();
    }

    /** Node {@code id} (1-based, the KRaft node id). */
    public EmbeddedKafkaBroker node(int id) {
        return nodes.get(id - 1);
    }

    public List<EmbeddedKafkaBroker> nodes() {
        return nodes;
    }

    public boolean isRunning() {
        return nodes.stream().anyMatch(EmbeddedKafkaBroker::isRunning);
    }

    /** Every node's client address, comma-separated: a client reaches the cluster while any one is up. */
    public String bootstrapServers() {
        return nodes.stream().map(EmbeddedKafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** What a client needs to connect as the super user. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> out = new LinkedHashMap<>(nodes.get(0).clientProperties());
        out.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return out;
    }

    public int replicationFactor() {
        return replicationFactor(nodes.size());
    }

    public int minInsyncReplicas() {
        return minInsyncReplicas(nodes.size());
    }

    /** How the registry and the apps reach this cluster and replicate their topics on it. */
    public KafkaConnection connection() {
        return new KafkaConnection(clientProperties(), replicationFactor(), minInsyncReplicas());
    }

    /** Creates the topics with the cluster's replication (existing ones are left) and waits for their leaders. */
    public void createTopics(Collection<NewTopic> topics) {
        clusterAdmin().createTopics(topics);
    }

    public void createTopic(String name, int partitions, Map<String, String> configs) {
        createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs)));
    }

    public void awaitLeaders(Collection<String> topics, Duration timeout) {
        clusterAdmin().awaitLeaders(topics, timeout);
    }

    /** The partitions of a topic as the controller sees them now: leader, replicas, in-sync replicas. */
    public List<TopicPartitionInfo> partitions(String topic) {
        return clusterAdmin().partitions(topic);
    }

    /** The node that leads most partitions of the topic. */
    public EmbeddedKafkaBroker leaderOf(String topic) {
        return node(clusterAdmin().leaderOf(topic));
    }

    /** Whether every partition of the topics has all its replicas in sync. */
    public boolean fullyReplicated(Collection<String> topics) {
        return clusterAdmin().fullyReplicated(topics);
    }

    /** An admin client that knows every node, owned by the cluster (do not close). */
    public Admin admin() {
        return clusterAdmin().admin();
    }

    /** The cluster's admin client with its topic questions, owned by the cluster (do not close). */
    public synchronized ClusterAdmin clusterAdmin() {
        if (admin == null) {
            admin = new ClusterAdmin(clientProperties());
        }
        return admin;
    }

    private void closeAdmin() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    /**
     * A loopback port no one listens on now (for controllers, whose ports every node must know up front), taken
     * below the kernel's range of ephemeral ports: a port from that range can be handed to an outgoing connection
     * of the nodes that start first before its controller binds it.
     */
    public static int freePort() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 50 && below > FIRST_FIXED_PORT; attempt++) {
            int port = FIRST_FIXED_PORT + ThreadLocalRandom.current().nextInt(below - FIRST_FIXED_PORT);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for a Kafka controller", e);
        }
    }

    /** Lowest port the kernel hands to outgoing connections (Linux), or 0 where that cannot be read. */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
