package org.newsflow.local.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.newsflow.runtime.config.NewsflowConfig;
import org.newsflow.enrich.app.EnrichApp;
import org.newsflow.ingest.IngestApp;
import org.newsflow.local.LocalPipeline;
import org.newsflow.local.kafka.EmbeddedKafkaBroker;
import org.newsflow.projections.ProjectionsApp;

/**
 * One Newsflow app (or one Kafka node, {@link ChildKafkaCluster}) in a child JVM, so that a test can kill it with
 * SIGKILL: no shutdown hook, no commit, no transaction ended, no state directory unlocked by the app. The child
 * prints {@code RUNNING <port>} once it runs; its log goes to a file. No child outlives the test JVM: a shutdown
 * hook kills those still running, and a child whose parent is gone (its standard input closed) ends itself.
 */
final class AppProcess {

    private static final String READY = "RUNNING";
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "child-process-reaper"));
    }

    private final String app;
    private final Process process;
    private final CompletableFuture<Integer> ready = new CompletableFuture<>();

    private AppProcess(String app, Process process) {
        this.app = app;
        this.process = process;
    }

    /** Starts {@code app} (ingest, enrich or projections) with these settings; returns once it runs. */
    static AppProcess start(String app, NewsflowConfig config, Path workDir, Duration timeout) {
        return start(app, config.asMap(), workDir, timeout);
    }

    /**
     * Starts the whole local pipeline (broker, registry, the three apps) on {@code dataDir} with these ports
     * ({@link #LOCAL_PORTS} order) and settings; returns once every app runs.
     */
    static AppProcess startLocal(int[] ports, Path dataDir, Map<String, String> settings, Path workDir,
                                 Duration timeout) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        for (int i = 0; i < LOCAL_PORTS.size(); i++) {
            all.put(LOCAL_PORTS.get(i), Integer.toString(ports[i]));
        }
        all.put(LOCAL_DATA_DIR, dataDir.toString());
        return start("local", all, workDir, timeout);
    }

    /** Keys the child reads for the local pipeline's options and does not pass on as settings. */
    static final List<String> LOCAL_PORTS = List.of("child.kafka.port", "child.registry.port", "child.ingest.port",
            "child.projections.port");
    private static final String LOCAL_DATA_DIR = "child.data.dir";

    static AppProcess start(String app, Map<String, String> config, Path workDir, Duration timeout) {
        try {
            Files.createDirectories(workDir);
            Path settings = workDir.resolve(app + ".properties");
            Properties props = new Properties();
            props.putAll(config);
            try (var out = Files.newBufferedWriter(settings)) {
                props.store(out, "settings of the " + app + " child process");
            }
            Path log = workDir.resolve(app + "-child.log");
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    app.equals("local") ? "-Xmx768m" : "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath, AppProcess.class.getName(), app, settings.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            RUNNING.add(process);
            process.onExit().thenRun(() -> RUNNING.remove(process));
            AppProcess child = new AppProcess(app, process);
            child.pump(process.getInputStream(), log);
            Integer port;
            try {
                port = child.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                String end = tail(log, 60);
                Path kept = keepWithThreadDump(process, log);
                // Never leave a child behind: it would hold its ports and CPU after the test.
                process.destroyForcibly();
                throw new IllegalStateException("The " + app + " child process was not ready within " + timeout
                        + "; its whole log, ending with a thread dump, is kept in " + kept + "; the end of its log"
                        + " before the dump:\n" + end, e);
            }
            if (port == null) {
                throw new IllegalStateException(app + " child exited before running; see " + log);
            }
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The " + app + " child process did not start: " + e, e);
        }
    }

    /**
     * Asks the stalled child for a thread dump (SIGQUIT: the JVM prints it to its output, which goes to the log)
     * and copies the log where it outlives the test's work directory; returns the copy, or the log on failure.
     */
    private static Path keepWithThreadDump(Process process, Path log) {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            Thread.sleep(2_000); // the dump reaches the log through the output pump
            Path dir = Files.createDirectories(Path.of("target", "child-logs"));
            Path kept = dir.resolve(log.getFileName() + "." + process.pid());
            Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return kept.toAbsolutePath();
        } catch (IOException e) {
            return log;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return log;
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The HTTP port the child's app serves (projections, ingest), or 0. */
    int port() {
        return ready.join();
    }

    /** SIGKILL: {@link Process#destroyForcibly()} on Unix. Returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(app + " child survived SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Copies the child's output to its log file, watching for the ready line. */
    private void pump(java.io.InputStream output, Path log) {
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                 var out = Files.newBufferedWriter(log)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.startsWith(READY + " ")) {
                        ready.complete(Integer.parseInt(line.substring(READY.length() + 1).trim()));
                    }
                }
            } catch (IOException e) {
                // the child is gone
            } finally {
                ready.complete(null);
            }
        }, app + "-child-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** The child: starts one app and runs until killed. */
    public static void main(String[] args) throws Exception {
        endWithParent();
        Map<String, String> settings = new LinkedHashMap<>();
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            props.load(in);
        }
        props.forEach((k, v) -> settings.put(k.toString(), v.toString()));
        if (args[0].equals(ChildKafkaCluster.NODE)) {
            EmbeddedKafkaBroker node = ChildKafkaCluster.node(settings).start();
            // SIGTERM stops the node cleanly, like a Kafka broker's own start script.
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "kafka-node-stop"));
            System.out.println(READY + " " + node.port());
            System.out.flush();
            Thread.currentThread().join();
            return;
        }
        if (args[0].equals("local")) {
            int[] ports = LOCAL_PORTS.stream().mapToInt(k -> Integer.parseInt(settings.remove(k))).toArray();
            Path dataDir = Path.of(settings.remove(LOCAL_DATA_DIR));
            LocalPipeline pipeline = LocalPipeline.start(new LocalPipeline.Options(ports[0], ports[1], ports[2],
                    ports[3], dataDir, 3, settings));
            while (!pipeline.isRunning()) {
                Thread.sleep(50);
            }
            System.out.println(READY + " " + ports[3]);
            System.out.flush();
            Thread.currentThread().join();
            return;
        }
        NewsflowConfig config = NewsflowConfig.defaults().with(settings);
        BooleanSupplier running;
        int port;
        switch (args[0]) {
            case "ingest" -> {
                IngestApp app = IngestApp.start(config);
                running = app::isRunning;
                port = app.httpPort();
            }
            case "enrich" -> {
                EnrichApp app = EnrichApp.start(config);
                running = () -> app.runner().isRunning();
                port = 0;
            }
            case "projections" -> {
                ProjectionsApp app = ProjectionsApp.start(config);
                running = app::isRunning;
                port = app.port();
            }
            default -> throw new IllegalArgumentException("unknown app " + args[0]);
        }
        while (!running.getAsBoolean()) {
            Thread.sleep(50);
        }
        System.out.println(READY + " " + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * The parent never writes to a child's standard input, so its end means the parent is gone (even SIGKILLed,
     * when its shutdown hook cannot run): the child then halts rather than hold its ports and CPU.
     */
    private static void endWithParent() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever sent
                }
            } catch (IOException e) {
                // closed: same as the end
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
