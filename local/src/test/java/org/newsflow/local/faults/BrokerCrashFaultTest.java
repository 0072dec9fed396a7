package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.faults.FaultSupport.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.Directories;
import org.newsflow.schemas.Topics;

/**
 * A broker crash on the three-broker cluster of {@code newsflow local --brokers 3}: every node runs in a JVM of its
 * own, and the one that leads the input partitions is SIGKILLed while articles flow (no controlled shutdown: the
 * controllers notice only when its session expires, and its last writes may be unflushed). The registry and the
 * apps run in this JVM. Same accounting as {@link ClusterFaultTest}: records in = records served + dead letters,
 * no duplicates; then the crashed node restarts on its data and catches up.
 */
@Timeout(300)
class BrokerCrashFaultTest {

    private static final Duration NODE_START = Duration.ofSeconds(120);
    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private static Path workDir;
    private static ChildKafkaCluster kafka;
    private static FaultPipeline pipeline;
    private static Topics topics;
    private static KafkaProducer<String, byte[]> producer;
    private static FaultAccounting accounting;

    @BeforeAll
    static void startPipeline() throws Exception {
        workDir = Files.createTempDirectory("newsflow-broker-crash-");
        kafka = ChildKafkaCluster.start(3, 3, workDir.resolve("kafka"), NODE_START);
        Map<String, String> settings = new LinkedHashMap<>();
        // A member whose broker connection breaks rejoins within seconds, not the 45 s default.
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        pipeline = FaultPipeline.startOn(kafka.connection(), workDir, settings);
        topics = pipeline.local().topics();
        producer = FaultSupport.producer(pipeline.bootstrapServers());
        accounting = new FaultAccounting(pipeline, topics, new ArrayList<>(), RECOVERY);
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        try {
            FaultSupport.finish(producer, pipeline, null);
        } finally {
            if (kafka != null) {
                kafka.close();
            }
            if (workDir != null) {
                Directories.deleteRecursively(workDir);
            }
        }
    }

    @Test
    void theBrokerLeadingTheInputIsKilledMidStream() throws Exception {
        String fault = "cluster-leader-kill";
        String input = topics.submitted().name();
        List<Article> good = FaultSupport.articles(UUID.randomUUID().toString().substring(0, 6) + "-crash", 30, 25);
        FaultSupport.submit(producer, input, good.subList(0, 15));
        FaultSupport.awaitSomeComplete(pipeline::projectionsUrl, good.subList(0, 15), RECOVERY);

        int leader = kafka.admin().leaderOf(input);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(
                () -> FaultSupport.submit(producer, input, good.subList(15, 30)));
        kafka.kill(leader);
        long killed = System.nanoTime();
        sending.get(90, TimeUnit.SECONDS);
        List<TopicPartitionInfo> now = kafka.admin().partitions(input);
        assertThat(now).as("input partitions after node " + leader + " was killed")
                .allSatisfy(p -> assertThat(p.leader().id()).isNotEqualTo(leader));
        long underReplicated = kafka.admin().underReplicated(topics.allNames());
        FaultAccounting.Accounting a = accounting.account(fault, good, Map.of(), killed, "node " + leader
                + " SIGKILLed; input led by nodes " + now.stream().map(p -> p.leader().id()).distinct().sorted()
                .toList() + "; under-replicated partitions=" + underReplicated);

        long restarting = System.nanoTime();
        kafka.start(leader);
        kafka.admin().awaitInSync(topics.allNames(), RECOVERY);
        long backMs = (System.nanoTime() - restarting) / 1_000_000;
        FaultSupport.report(new FaultSupport.Outcome(fault, a.outcome().in(), a.outcome().accounted(),
                a.outcome().duplicates(), a.outcome().recoverMs(), a.outcome().note() + "; restarted on its data, "
                + "every replica in sync " + backMs + " ms after the restart began"));
        assertThat(underReplicated).as("partitions short of the killed replica").isPositive();
        FaultAccounting.assertExact(a);
    }
}
