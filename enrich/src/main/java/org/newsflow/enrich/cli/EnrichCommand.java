package org.newsflow.enrich.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsflow.runtime.config.ConfigOptions;
import org.newsflow.enrich.app.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow enrich}: runs the enrich service against a Kafka cluster and a Schema Registry until Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich service: news.paragraphs -> actors, tone and quotes -> news.paragraphs.enriched.")
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        EnrichApp app = EnrichApp.start(config.load());
        Thread hook = new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "enrich-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (!app.runner().isLive()) {
                System.err.println("enrich: Kafka Streams stopped in state " + app.runner().state());
                Runtime.getRuntime().removeShutdownHook(hook);
                app.close();
                return 1;
            }
        }
        return 0;
    }
}
