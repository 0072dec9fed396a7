package org.newsflow.local.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Quiet by default (warnings, errors and one line per service); {@code --verbose} turns the libraries up. */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Level libraries = verbose ? Level.INFO : Level.WARN;
        for (String name : new String[] {"org.apache.kafka", "kafka", "org.eclipse.jetty", "io.javalin",
            "org.apache.zookeeper"}) {
            Logger logger = context.getLogger(name);
            logger.setLevel(libraries);
        }
        context.getLogger("org.newsflow").setLevel(verbose ? Level.DEBUG : Level.INFO);
    }
}
