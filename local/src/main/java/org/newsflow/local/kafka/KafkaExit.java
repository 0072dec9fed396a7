package org.newsflow.local.kafka;

import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded broker from ending the JVM. Kafka calls {@code Exit.halt} on a fatal fault (a failed log
 * directory, an unrecoverable metadata error, ...), which would kill a test run without a report. Unless asked to
 * behave like a standalone broker, the halt and exit procedures are replaced by ones that log and throw.
 */
final class KafkaExit {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaExit.class);
    private static boolean installed;

    private KafkaExit() {
    }

    static synchronized void install(boolean exitJvm) {
        if (exitJvm || installed) {
            return;
        }
        Exit.setHaltProcedure((status, message) -> fail("halt", status, message));
        Exit.setExitProcedure((status, message) -> fail("exit", status, message));
        installed = true;
    }

    private static void fail(String kind, int status, String message) {
        String text = "Embedded Kafka asked the JVM to " + kind + " with status " + status
                + (message == null ? "" : ": " + message);
        LOG.error(text);
        throw new FatalKafkaError(text);
    }

    /** Thrown in place of a JVM halt or exit requested by the embedded broker. */
    public static final class FatalKafkaError extends RuntimeException {
        FatalKafkaError(String message) {
            super(message);
        }
    }
}
