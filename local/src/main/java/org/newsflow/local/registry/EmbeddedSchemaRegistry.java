package org.newsflow.local.registry;

import org.newsflow.schemas.registry.CompatibilityLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.config.KafkaClientProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent-compatible Schema Registry (Avro) serving HTTP on 127.0.0.1 (or another interface), storing its
 * state in a compacted topic on a Kafka broker. A new instance on the same topic recovers every subject, version,
 * id, mode and setting. Optional basic authentication guards every request.
 *
 * <p>One instance writes to a topic at a time: the state is read once at start, then kept in memory.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    public static final String DEFAULT_TOPIC = "_schemas";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

    private final Map<String, Object> kafka;
    private final String topic;
    private final CompatibilityLevel defaultLevel;
    private final String host;
    private final Map<String, String> users;
    private int port;
    private Javalin server;
    private SchemaLog log;
    private long lastStartMillis;

    private EmbeddedSchemaRegistry(Builder b) {
        this.kafka = KafkaClientProperties.connection(b.kafka);
        Objects.requireNonNull(kafka.get("bootstrap.servers"), "bootstrapServers");
        this.topic = b.topic;
        this.defaultLevel = b.defaultLevel;
        this.host = b.host;
        this.users = Map.copyOf(b.users);
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
        SchemaLog newLog = new SchemaLog(kafka, topic);
        try {
            RegistryState state = new RegistryState(defaultLevel);
            newLog.replay(state::apply);
            RegistryHttpApi api = new RegistryHttpApi(new SchemaRegistryService(newLog, state),
                    new BasicAuthentication(users), BindAddress.isLoopback(host));
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
                app.start(host, port);
            } catch (JavalinBindException e) {
                app.stop();
                throw new IllegalStateException("Cannot start the schema registry: port " + port + " on " + host
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
                kafka.get("bootstrap.servers"));
        BindAddress.warnIfExposed(LOG, "The schema registry", host, port, !users.isEmpty());
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

    /** {@code http://127.0.0.1:<port>} (the bind address, loopback for a wildcard); valid once started. */
    public String url() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? BindAddress.LOOPBACK : host;
        return "http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port;
    }

    public String host() {
        return host;
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
        private final Map<String, Object> kafka = new LinkedHashMap<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private String topic = DEFAULT_TOPIC;
        private String host = BindAddress.LOOPBACK;
        private int port;
        private CompatibilityLevel defaultLevel = CompatibilityLevel.BACKWARD_TRANSITIVE;

        /** The Kafka cluster holding the schema store topic (required). */
        public Builder bootstrapServers(String bootstrapServers) {
            kafka.put("bootstrap.servers", bootstrapServers);
            return this;
        }

        /** Settings of the store's Kafka clients: bootstrap servers and security (SASL, TLS); others ignored. */
        public Builder kafkaProperties(Map<String, ?> settings) {
            kafka.putAll(settings);
            return this;
        }

        /** The interface to serve HTTP on; 127.0.0.1 by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Require HTTP basic authentication with one of these user/password pairs. */
        public Builder basicAuth(Map<String, String> usersAndPasswords) {
            users.putAll(usersAndPasswords);
            return this;
        }

        /** The schema store topic; {@value #DEFAULT_TOPIC} by default. */
        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** HTTP port; 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Global compatibility level until one is set through the API; BACKWARD_TRANSITIVE by default. */
        public Builder defaultCompatibility(String level) {
            this.defaultLevel = RegistryState.parseLevel(level);
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
