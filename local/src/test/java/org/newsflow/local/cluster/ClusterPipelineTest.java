package org.newsflow.local.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsflow.runtime.config.ConfigKeys;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SeedSubmitter;

/**
 * {@code newsflow local --brokers N}: the seeds run through an N-node KRaft cluster, and librdkafka's admin client
 * (Confluent's Python client, Debian package python3-confluent-kafka) sees every pipeline topic, the registry's
 * schema topic and every Streams changelog with min(3, N) replicas, all in sync, and {@code min.insync.replicas} 2
 * from three brokers on (1 below: a write must not wait for a replica that two brokers cannot spare).
 */
@Timeout(300)
class ClusterPipelineTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SEEDS = Path.of(System.getProperty("newsflow.repo.dir", "..")).resolve("seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedsRunOnThreeBrokersWithThreeReplicasAndTwoInSync() throws Exception {
        seedsRunWithReplicatedTopics(3, 3, 2);
    }

    @Test
    void theSeedsRunOnTwoBrokersWithTwoReplicasAndOneInSync() throws Exception {
        seedsRunWithReplicatedTopics(2, 2, 1);
    }

    private static void seedsRunWithReplicatedTopics(int brokers, int replicas, int minInsync) throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(LocalPipeline.Options.freePorts()
                .withSettings(Map.of(ConfigKeys.LOCAL_BROKERS, Integer.toString(brokers))))) {
            assertThat(pipeline.cluster().size()).isEqualTo(brokers);
            assertThat(pipeline.cluster().bootstrapServers().split(",")).hasSize(brokers);

            List<String> ids = SeedSubmitter.submit(SEEDS, pipeline.config());
            int paragraphs = new ProjectionsProbe(pipeline.projectionsUrl()).awaitComplete(ids, Duration.ofMinutes(3));
            assertThat(ids).hasSize(1);
            assertThat(paragraphs).isEqualTo(10);
            JsonNode russia = new ProjectionsProbe(pipeline.projectionsUrl()).get("/api/actors/russia");
            assertThat(russia.path("mentions").asLong()).isPositive();

            List<String> topics = new ArrayList<>(pipeline.topics().allNames());
            topics.add(pipeline.registry().topic());
            Set<String> all = pipeline.cluster().admin().listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> changelogs = all.stream().filter(t -> t.endsWith("-changelog")).sorted().toList();
            assertThat(changelogs).as("Streams changelog topics").isNotEmpty();
            topics.addAll(changelogs);

            JsonNode seen = describeWithLibrdkafka(pipeline.cluster().bootstrapServers(), topics);
            assertThat(seen.path("brokers").asInt()).isEqualTo(brokers);
            for (String topic : topics) {
                JsonNode t = seen.path("topics").path(topic);
                assertThat(t.has("error")).as(topic + ": " + t).isFalse();
                assertThat(t.path("partitions").asInt()).as(topic).isPositive();
                t.path("replicas").forEach(r -> assertThat(r.asInt()).as("replicas of " + topic).isEqualTo(replicas));
                t.path("isr").forEach(r -> assertThat(r.asInt()).as("in-sync replicas of " + topic)
                        .isEqualTo(replicas));
                assertThat(t.path("minInsyncReplicas").asInt()).as("min.insync.replicas of " + topic)
                        .isEqualTo(minInsync);
            }
        }
    }

    private static JsonNode describeWithLibrdkafka(String bootstrap, List<String> topics) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: " + PYTHON + " is missing (apt-get install -y "
                + "python3-confluent-kafka)");
        Path script = Path.of(ClusterPipelineTest.class.getResource("/interop/cluster_topics.py").toURI());
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), bootstrap));
        command.addAll(topics);
        Path stdout = Files.createTempFile("cluster-topics-", ".out");
        Path stderr = Files.createTempFile("cluster-topics-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the librdkafka script did not finish within 90 s; stderr:%n%s", Files.readString(stderr));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assumeTrue(!err.contains("No module named 'confluent_kafka'"),
                    "skipped: apt-get install -y python3-confluent-kafka");
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
