package org.newsflow.local.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible Schema Registry (Avro) serving HTTP on 127.0.0.1, storing its state in a compacted topic
 * on a Kafka broker. A new instance on the same topic recovers every subject, version, id and setting.
 *
 * <p>One instance writes to a topic at a time: the state is read once at start, then kept in memory.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    public static final String DEFAULT_TOPIC = "_schemas";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final String HOST = "127.0.0.1";

    private final String bootstrapServers;
    private final String topic;
    private final CompatibilityLevel defaultLevel;
    private int port;
    private Javalin server;
    private SchemaLog log;
    private long lastStartMillis;

    private EmbeddedSchemaRegistry(Builder b) {
        this.bootstrapServers = Objects.requireNonNull(b.bootstrapServers, "bootstrapServers");
        this.topic = b.topic;
        this.defaultLevel = b.defaultLevel;
        this.port = b.port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the schema store topic (creating it if absent) and starts serving; a restart keeps the port. */
    public synchronized EmbeddedSchemaRegistry start() {
        if (server != null) {
            return this;
        }
        long started = System.nanoTime();
        SchemaLog newLog = new SchemaLog(bootstrapServers, topic);
        try {
            RegistryState state = new RegistryState(defaultLevel);
            newLog.replay(state::apply);
            RegistryHttpApi api = new RegistryHttpApi(new SchemaRegistryService(newLog, state));
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.startupWatcherEnabled = false;
                config.http.prefer405over404 = true;
                config.router.ignoreTrailingSlashes = true;
                config.http.defaultContentType = RegistryHttpApi.CONTENT_TYPE;
                QueuedThreadPool threads = new QueuedThreadPool(32, 2, 60_000);
                threads.setName("schema-registry-http");
                config.jetty.threadPool = threads;
                config.jetty.modifyServer(s -> s.setErrorHandler(new JsonErrorHandler()));
            });
            api.mount(app);
            try {
                app.start(HOST, port);
            } catch (JavalinBindException e) {
                app.stop();
                throw new IllegalStateException("Cannot start the schema registry: port " + port + " on " + HOST
                        + " is already in use", e);
            }
            server = app;
            log = newLog;
            port = app.port();
        } catch (RuntimeException e) {
            newLog.close();
            throw e;
        }
        lastStartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info("Schema registry ready at {} in {} ms (topic {} on {})", url(), lastStartMillis, topic,
                bootstrapServers);
        return this;
    }

    /** Stops serving and releases the Kafka clients; the schemas stay in the topic. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (log != null) {
            log.close();
            log = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code http://127.0.0.1:<port>}; valid once started. */
    public String url() {
        return "http://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public String topic() {
        return topic;
    }

    /** How long the last {@link #start()} took, in milliseconds. */
    public long lastStartMillis() {
        return lastStartMillis;
    }

    public static final class Builder {
        private String bootstrapServers;
        private String topic = DEFAULT_TOPIC;
        private int port;
        private CompatibilityLevel defaultLevel = CompatibilityLevel.BACKWARD_TRANSITIVE;

        /** The Kafka cluster holding the schema store topic (required). */
        public Builder bootstrapServers(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
            return this;
        }

        /** The schema store topic; {@value #DEFAULT_TOPIC} by default. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** HTTP port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Global compatibility level until one is set through the API; BACKWARD_TRANSITIVE by default. */
        public Builder defaultCompatibility(String level) {
            this.defaultLevel = CompatibilityLevel.parse(level);
            return this;
        }

        public EmbeddedSchemaRegistry build() {
            return new EmbeddedSchemaRegistry(this);
        }
    }

    /** Answers errors raised by Jetty itself (malformed requests, ...) in the registry's JSON error shape. */
    private static final class JsonErrorHandler extends ErrorHandler {
        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request,
                           HttpServletResponse response) throws IOException {
            int status = response.getStatus();
            byte[] body = ("{\"error_code\":" + status + ",\"message\":\"HTTP " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType(RegistryHttpApi.CONTENT_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            baseRequest.setHandled(true);
        }

        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason,
                                                   org.eclipse.jetty.http.HttpFields.Mutable fields) {
            fields.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, RegistryHttpApi.CONTENT_TYPE);
            String message = reason == null ? "HTTP " + status : reason.replace("\"", "'");
            return java.nio.ByteBuffer.wrap(("{\"error_code\":" + status + ",\"message\":\"" + message + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
