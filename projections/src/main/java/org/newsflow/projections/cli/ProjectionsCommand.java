package org.newsflow.projections.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.projections.ProjectionsApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow projections}: runs the projections service until Ctrl-C. */
@Command(name = "projections", mixinStandardHelpOptions = true,
        description = "Run the projections service: queryable views over the enriched stream, served over HTTP.")
public class ProjectionsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "projections-shutdown");
        try (ProjectionsApp app = ProjectionsApp.start(config.load())) {
            Runtime.getRuntime().addShutdownHook(hook);
            System.err.println("Projections API on " + app.baseUrl() + " (Ctrl-C to stop)");
            stop.await();
        } finally {
            stopped.countDown();
        }
        return 0;
    }
}
