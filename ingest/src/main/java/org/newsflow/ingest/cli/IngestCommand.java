package org.newsflow.ingest.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.ingest.IngestApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: runs the ingest service (Streams app + HTTP API) until Ctrl-C. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Run the ingest service: turns articles dropped into the ingest topic into article and "
                + "paragraph events, and serves POST /articles, /health/live, /health/ready and /metrics."})
public class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IngestApp app = IngestApp.start(config.load());
        CountDownLatch stopped = new CountDownLatch(1);
        // The hook closes the app itself: the JVM waits for hooks, not for the main thread, on Ctrl-C.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "newsflow-ingest-shutdown"));
        spec.commandLine().getErr().printf("Ingest service running, HTTP on port %d; Ctrl-C stops it.%n",
                app.httpPort());
        spec.commandLine().getErr().flush();
        stopped.await();
        return 0;
    }
}
