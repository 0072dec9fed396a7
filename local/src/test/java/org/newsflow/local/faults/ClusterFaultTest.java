package org.newsflow.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.local.faults.FaultSupport.Article;
import static org.newsflow.local.faults.FaultSupport.Outcome;
import static org.newsflow.local.faults.FaultSupport.paragraphCount;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.local.faults.FaultPipeline.App;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.local.kafka.EmbeddedKafkaCluster;
import org.newsflow.projections.ProjectionsApp;
import org.newsflow.schemas.Topics;

/**
 * The fault suite on a three-broker cluster ({@code local.brokers=3}: replication factor 3, min.insync.replicas 2,
 * acks=all): the broker leading the input partitions stops mid-stream; a broker is away while articles flow and
 * catches up; each app restarts in turn while articles flow; projections scale 1 → 3 → 1 while queries run; a
 * projections instance is SIGKILLed with and without standby replicas. Same accounting as {@link
 * FaultInjectionTest}: records in = records served + dead letters, no duplicates; while instances come and go
 * every answer is the right view or a 503 with Retry-After, never a wrong or missing one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(150)
class ClusterFaultTest {

    private static final Duration RECOVERY = Duration.ofSeconds(90);
    private static final Duration CHILD_START = Duration.ofSeconds(90);

    private static Path workDir;
    private static FaultPipeline pipeline;
    private static EmbeddedKafkaCluster cluster;
    private static Topics topics;
    private static KafkaProducer<String, byte[]> producer;
    private static String run;
    private static final List<Article> ALL = new ArrayList<>();
    private static FaultAccounting accounting;

    @BeforeAll
    static void startPipeline() throws IOException {
        workDir = Files.createTempDirectory("newsflow-cluster-faults-");
        run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ConfigKeys.LOCAL_BROKERS, "3");
        // A killed member leaves the group after its session times out: 6 s (the broker's minimum), not 45 s.
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        pipeline = FaultPipeline.start(workDir, settings);
        cluster = pipeline.local().cluster();
        topics = pipeline.local().topics();
        producer = FaultSupport.producer(pipeline.bootstrapServers());
        accounting = new FaultAccounting(pipeline, topics, ALL, RECOVERY);
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        FaultSupport.finish(producer, pipeline, workDir);
    }

    @Test
    @Order(1)
    void theBrokerLeadingTheInputStopsMidStream() throws Exception {
        String fault = "cluster-leader-stop";
        List<Article> good = FaultSupport.articles(run + "-leader", 30, 21);
        FaultSupport.submit(producer, topics.submitted().name(), good.subList(0, 15));
        awaitSomeComplete(good.subList(0, 15));

        EmbeddedKafkaBroker leader = cluster.leaderOf(topics.submitted().name());
        CompletableFuture<Void> sending = CompletableFuture.runAsync(
                () -> FaultSupport.submit(producer, topics.submitted().name(), good.subList(15, 30)));
        leader.stop();
        long stopped = System.nanoTime();
        sending.get(60, TimeUnit.SECONDS);
        List<TopicPartitionInfo> now = cluster.partitions(topics.submitted().name());
        assertThat(now).allSatisfy(p -> assertThat(p.leader().id()).isNotEqualTo(leader.nodeId()));
        FaultAccounting.Accounting a = accounting.account(fault, good, Map.of(), stopped,
                "node " + leader.nodeId() + " stopped; input led by nodes " + now.stream()
                        .map(p -> p.leader().id()).distinct().sorted().toList());
        FaultSupport.report(a.outcome());
        leader.start();
        FaultAccounting.assertExact(a);
    }

    @Test
    @Order(2)
    void aBrokerAwayWhileArticlesFlowCatchesUp() throws Exception {
        String fault = "cluster-broker-away";
        awaitInSync(RECOVERY);
        List<Article> good = FaultSupport.articles(run + "-away", 30, 22);
        EmbeddedKafkaBroker away = cluster.node(3);
        away.stop();
        FaultSupport.submit(producer, topics.submitted().name(), good);
        awaitSomeComplete(good);
        long underReplicated = underReplicatedPartitions();
        away.start();
        long back = System.nanoTime();
        long inSyncMs = awaitInSync(RECOVERY);
        FaultAccounting.Accounting a = accounting.account(fault, good, Map.of(), back,
                "under-replicated partitions while away=" + underReplicated + ", in sync again after " + inSyncMs
                        + " ms");
        FaultSupport.report(a.outcome());
        assertThat(underReplicated).as("partitions short of a replica while node 3 was away").isPositive();
        assertThat(underReplicatedPartitions()).as("partitions short of a replica after it came back").isZero();
        FaultAccounting.assertExact(a);
    }

    @Test
    @Order(3)
    void eachAppRestartsInTurnWhileArticlesFlow() throws Exception {
        String fault = "cluster-rolling-restart";
        List<Article> good = FaultSupport.articles(run + "-rolling", 36, 23);
        CompletableFuture<Void> flowing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < good.size(); i += 3) {
                FaultSupport.submit(producer, topics.submitted().name(), good.subList(i, i + 3));
                sleep(400);
            }
        });
        for (App app : App.values()) {
            pipeline.stop(app);
            pipeline.start(app);
        }
        long restarted = System.nanoTime();
        flowing.get(60, TimeUnit.SECONDS);
        FaultAccounting.Accounting a = accounting.account(fault, good, Map.of(), restarted,
                "ingest, enrich, projections restarted in turn");
        FaultSupport.report(a.outcome());
        FaultAccounting.assertExact(a);
    }

    @Test
    @Order(4)
    void projectionsScaleOneToThreeToOneWhileQueriesRun() throws Exception {
        String fault = "cluster-scale-1-3-1";
        List<Article> good = FaultSupport.articles(run + "-scale", 24, 24);
        List<Article> queried = List.copyOf(ALL);
        try (QueryLoad load = new QueryLoad(pipeline.projectionsUrl(), queried)) {
            List<ProjectionsApp> extra = new ArrayList<>();
            try {
                for (int i = 1; i <= 2; i++) {
                    extra.add(ProjectionsApp.start(secondInstance("scale-" + i, null)));
                }
                FaultSupport.submit(producer, topics.submitted().name(), good);
                for (ProjectionsApp instance : extra) {
                    awaitAllAnswered(instance.baseUrl().replace("localhost", "127.0.0.1"), queried, RECOVERY);
                }
            } finally {
                extra.forEach(ProjectionsApp::close);
            }
            long scaledIn = System.nanoTime();
            FaultAccounting.Accounting a = accounting.account(fault, good, Map.of(), scaledIn, "");
            load.close();
            a = a.with(new Outcome(fault, a.outcome().in(), a.outcome().accounted(), a.outcome().duplicates(),
                    a.outcome().recoverMs(), load.summary()));
            FaultSupport.report(a.outcome());
            FaultAccounting.assertExact(a);
            assertThat(load.answered()).as("queries answered while scaling").isPositive();
            assertThat(load.wrong()).as("wrong answers while scaling: " + load.firstWrong()).isEmpty();
        }
    }

    @Test
    @Order(5)
    void aKilledProjectionsInstanceIsServedAgainFromItsStandby() throws Exception {
        failover("cluster-failover-standby-1", 1);
    }

    @Test
    @Order(6)
    void aKilledProjectionsInstanceIsRebuiltWithoutStandbys() throws Exception {
        failover("cluster-failover-standby-0", 0);
    }

    /**
     * The child JVM owns every projections task (it runs alone first); a second instance in this JVM joins with
     * {@code standbys} standby replicas and waits until its copies have no lag; then the child is SIGKILLed and
     * every article is asked for again through the survivor until all are answered. Failover time: from the kill
     * to the last article answered.
     */
    private void failover(String fault, int standbys) throws Exception {
        List<Article> queried = List.copyOf(ALL);
        pipeline.stop(App.PROJECTIONS);
        NewsflowConfig childConfig = secondInstance("child-" + standbys, standbys);
        AppProcess child = AppProcess.start("projections", childConfig, workDir.resolve("child-" + standbys),
                CHILD_START);
        ProjectionsApp survivor = null;
        try {
            String childUrl = "http://127.0.0.1:" + child.port();
            awaitAllAnswered(childUrl, queried, RECOVERY);
            survivor = ProjectionsApp.start(secondInstance("survivor-" + standbys, standbys));
            String survivorUrl = survivor.baseUrl().replace("localhost", "127.0.0.1");
            awaitAllAnswered(survivorUrl, queried, RECOVERY);
            awaitStandbysCaughtUp(survivor, standbys, RECOVERY);
            int standbyTasks = survivor.streams().metadataForLocalThreads().stream()
                    .mapToInt(t -> t.standbyTasks().size()).sum();
            int activeOnChild = 0;
            try (QueryLoad load = new QueryLoad(survivorUrl, queried)) {
                activeOnChild = survivor.streams().metadataForAllStreamsClients().stream()
                        .filter(m -> m.hostInfo().port() == child.port())
                        .mapToInt(m -> m.topicPartitions().size()).sum();
                child.kill();
                long killed = System.nanoTime();
                long failoverMs = (awaitAllAnswered(survivorUrl, queried, RECOVERY) - killed) / 1_000_000;
                load.close();
                FaultSupport.ArticleTally tally = FaultSupport.tallyArticles(survivorUrl, queried);
                FaultSupport.report(new Outcome(fault, paragraphCount(queried), tally.found(), tally.duplicates(),
                        failoverMs, "input partitions active on the killed instance=" + activeOnChild + ", standby tasks on "
                        + "the survivor=" + standbyTasks + ", " + load.summary()));
                assertThat(activeOnChild).as("partitions the killed instance owned").isPositive();
                if (standbys > 0) {
                    assertThat(standbyTasks).as("standby tasks on the survivor").isPositive();
                }
                assertThat(tally.found()).isEqualTo(paragraphCount(queried));
                assertThat(tally.duplicates()).isZero();
                assertThat(load.wrong()).as("wrong answers during failover: " + load.firstWrong()).isEmpty();
            }
        } finally {
            if (child.isAlive()) {
                child.kill();
            }
            if (survivor != null) {
                survivor.close();
            }
            pipeline.start(App.PROJECTIONS);
        }
        awaitAllAnswered(pipeline.projectionsUrl(), queried, RECOVERY);
    }

    /** Settings of one more projections instance: its own state directory and a free HTTP port. */
    private static NewsflowConfig secondInstance(String name, Integer standbys) {
        Map<String, String> more = new LinkedHashMap<>();
        more.put(ConfigKeys.STATE_DIR, workDir.resolve("instances").resolve(name).toString());
        more.put(ConfigKeys.PROJECTIONS_HTTP_PORT, "0");
        more.put(ConfigKeys.PROJECTIONS_ADVERTISED_HOST, "127.0.0.1");
        if (standbys != null) {
            more.put(ConfigKeys.PROJECTIONS_STANDBY_REPLICAS, standbys.toString());
        }
        return pipeline.config().with(more);
    }

    /**
     * Waits until the instance holds standby tasks (when asked for) whose stores are within a record or two of
     * their changelog's end (the transaction markers of exactly-once count as offsets but are never applied).
     */
    private static void awaitStandbysCaughtUp(ProjectionsApp instance, int standbys, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean hasStandbys = standbys == 0 || instance.streams().metadataForLocalThreads().stream()
                    .anyMatch(t -> !t.standbyTasks().isEmpty());
            boolean caughtUp = instance.streams().allLocalStorePartitionLags().values().stream()
                    .flatMap(m -> m.values().stream()).allMatch(l -> l.offsetLag() <= 2);
            if (hasStandbys && caughtUp) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("standby replicas not caught up within " + timeout);
    }

    /** Waits until every article is answered completely and exactly; returns System.nanoTime() then. */
    private static long awaitAllAnswered(String url, List<Article> articles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (FaultSupport.tallyArticles(url, articles).found() == paragraphCount(articles)) {
                return System.nanoTime();
            }
            sleep(100);
        }
        throw new AssertionError("not every article answered by " + url + " within " + timeout);
    }

    private static long underReplicatedPartitions() {
        return cluster.clusterAdmin().underReplicated(topics.allNames());
    }

    /** Waits until every partition of the pipeline's topics has all its replicas in sync; returns the wait in ms. */
    private static long awaitInSync(Duration timeout) {
        return cluster.clusterAdmin().awaitInSync(topics.allNames(), timeout);
    }

    private static void awaitSomeComplete(List<Article> articles) {
        FaultSupport.awaitSomeComplete(pipeline::projectionsUrl, articles, RECOVERY);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
