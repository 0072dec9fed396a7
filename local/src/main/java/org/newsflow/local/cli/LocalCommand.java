package org.newsflow.local.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.ProjectionsProbe;
import org.newsflow.local.SeedSubmitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow local}: the whole pipeline on an embedded broker and registry, in this JVM. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline in one JVM: embedded Kafka broker (KRaft) and Schema Registry,",
            "ingest, enrich and projections. Submits every article under --input and serves the APIs",
            "and the dashboard until Ctrl-C."})
public final class LocalCommand implements Callable<Integer> {

    @Option(names = "--once", description = "Wait until every submitted paragraph is queryable, print one JSON "
            + "summary line and exit.")
    boolean once;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "seeds",
            description = "Articles to submit at start (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data and the Streams state here between runs (default: a temp dir).")
    Path dataDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--brokers", paramLabel = "N", description = "Kafka brokers: an N-node KRaft cluster on "
            + "consecutive ports from --kafka-port, topics with min(3, N) replicas (default: 1).")
    Integer brokers;

    @Option(names = "--registry-port", defaultValue = "8081",
            description = "Schema Registry port (default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--ingest-port", defaultValue = "8082",
            description = "Ingest HTTP port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(names = "--projections-port", defaultValue = "8080",
            description = "Projections HTTP and dashboard port (default: ${DEFAULT-VALUE}).")
    int projectionsPort;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Interface for the broker, the registry and "
            + "both HTTP APIs (default: 127.0.0.1, loopback only); -D local.kafka.host, local.registry.host, "
            + "ingest.http.host, projections.http.host set one each.")
    String host;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", description = "Any Newsflow or Kafka setting.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--verbose", description = "Log more (Kafka, Streams and HTTP at INFO).")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Logging.configure(verbose);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        LocalPipeline.Options options = new LocalPipeline.Options(kafkaPort, registryPort, ingestPort,
                projectionsPort, dataDir, partitions, withBrokers(LocalHosts.withHost(settings, host)));
        LocalPipeline pipeline;
        try {
            pipeline = LocalPipeline.start(options);
        } catch (IllegalStateException e) {
            System.err.println("newsflow local: " + e.getMessage());
            return 2;
        }
        List<String> articleIds;
        int paragraphs;
        try {
            articleIds = SeedSubmitter.submit(input, pipeline.config());
            paragraphs = new ProjectionsProbe(pipeline.projectionsUrl()).awaitComplete(articleIds,
                    Duration.ofMinutes(5));
        } catch (IllegalStateException | TimeoutException e) {
            System.err.println("newsflow local: " + e.getMessage());
            pipeline.close();
            return 1;
        }
        long readyMs = (System.nanoTime() - t0) / 1_000_000;
        String summary = new ProjectionsProbe(pipeline.projectionsUrl())
                .summary(articleIds.size(), paragraphs, readyMs).toString();
        if (once) {
            out.println(summary);
            pipeline.close();
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            pipeline.close();
            stopped.countDown();
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String api = pipeline.projectionsUrl();
        out.println("Newsflow is running; " + articleIds.size() + " article(s) from " + input + " queryable in "
                + readyMs + " ms.");
        out.println("  Dashboard         " + api + "/");
        out.println("  Projections API   " + api + "/api/articles   " + api + "/api/actors?sort=mentions");
        out.println("  Ingest API        POST " + pipeline.ingestUrl() + "/articles");
        out.println("  Kafka broker" + (pipeline.cluster().size() > 1 ? "s     " : "      ")
                + pipeline.cluster().bootstrapServers().replace("127.0.0.1", "localhost"));
        out.println("  Schema Registry   " + pipeline.registry().url().replace("127.0.0.1", "localhost"));
        out.println("  Summary           " + summary);
        out.println("Press Ctrl-C to stop.");
        stopped.await();
        return 0;
    }

    private Map<String, String> withBrokers(Map<String, String> chosen) {
        if (brokers == null) {
            return chosen;
        }
        Map<String, String> out = new LinkedHashMap<>(chosen);
        out.put(org.newsflow.runtime.config.ConfigKeys.LOCAL_BROKERS, Integer.toString(brokers));
        return out;
    }
}
