package org.newsflow.ingest.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.ingest.model.Rejection;
import org.newsflow.ingest.model.SubmissionFormat;
import org.newsflow.ingest.submit.ArticleSubmitter;
import org.newsflow.ingest.submit.Submission;
import org.newsflow.schemas.dlq.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP API: {@code POST /articles} (JSON form or text/plain) validates and drops the article into the
 * ingest topic, answering 202 once the broker has it; {@code /health/live}, {@code /health/ready} and
 * {@code /metrics} (Prometheus text) for operations. Who may post is the {@link SubmissionGuard}'s decision.
 */
public final class IngestHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHttpServer.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BODY_IDLE = Duration.ofSeconds(5);

    private final Javalin app;

    private IngestHttpServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on {@code host:port} (port 0 = a free port, see {@link #port()}). {@code live} and
     * {@code ready} report the stream's state; {@code metrics} renders the Prometheus page.
     */
    public static IngestHttpServer start(String host, int port, SubmissionGuard guard, ArticleSubmitter submitter,
                                         BooleanSupplier live, BooleanSupplier ready, Supplier<String> metrics) {
        return start(host, port, guard, submitter, live, () -> ready.getAsBoolean() ? null : "not running",
                metrics);
    }

    /** ... where {@code notReady} gives the reason the stream is not ready, or null when it is. */
    public static IngestHttpServer start(String host, int port, SubmissionGuard guard, ArticleSubmitter submitter,
                                         BooleanSupplier live, Supplier<String> notReady, Supplier<String> metrics) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // A body shorter than its Content-Length is noticed when the connection has been idle this long.
            config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(BODY_IDLE.toMillis()));
        });
        app.before("/articles", ctx -> authorize(ctx, guard));
        app.post("/articles", ctx -> submit(ctx, submitter));
        app.get("/health/live", ctx -> health(ctx, live.getAsBoolean()));
        app.get("/health/ready", ctx -> ready(ctx, notReady.get()));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
        app.exception(Exception.class, (error, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), error);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, DeadLetters.messageChain(error), null);
        });
        app.start(host, port);
        BindAddress.warnIfExposed(LOG, "The ingest API (POST /articles)", host, app.port(), guard.tokenRequired());
        return new IngestHttpServer(app);
    }

    private static void authorize(Context ctx, SubmissionGuard guard) {
        SubmissionGuard.Decision decision = guard.check(ctx.header("Authorization"), ctx.header("Origin"),
                ctx.header("Sec-Fetch-Site"), ctx.host());
        if (!decision.allowed()) {
            if (decision.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"newsflow-ingest\"");
            }
            error(ctx, HttpStatus.forStatus(decision.status()), decision.reason(), null);
            ctx.skipRemainingHandlers();
        }
    }

    public int port() {
        return app.port();
    }

    private static void submit(Context ctx, ArticleSubmitter submitter) throws IOException, InterruptedException {
        SubmissionFormat format = format(ctx);
        if (format == null) {
            return;
        }
        int max = submitter.parser().maxBytes();
        if (ctx.req().getContentLengthLong() > max) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "The article is " + ctx.req().getContentLengthLong()
                    + " bytes, over the limit of " + max + " bytes", Rejection.Reason.TOO_LARGE);
            return;
        }
        byte[] body;
        // Read one byte past the limit so that the parser sees an oversized chunked body as too large.
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(max + 1);
        } catch (IOException e) {
            long announced = ctx.req().getContentLengthLong();
            error(ctx, HttpStatus.BAD_REQUEST, "The request body ended early"
                    + (announced >= 0 ? ": Content-Length announced " + announced + " bytes" : ""), null);
            return;
        }
        Submission submission = submitter.prepare(body, format);
        if (!submission.accepted()) {
            Rejection rejection = submission.rejection();
            HttpStatus status = rejection.reason().tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            error(ctx, status, rejection.message(), rejection.reason());
            return;
        }
        try {
            submitter.send(submission, null).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            LOG.warn("Cannot hand article {} to Kafka: {}", submission.articleId(), DeadLetters.messageChain(e));
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof RecordTooLargeException) {
                error(ctx, HttpStatus.CONTENT_TOO_LARGE, "The article is " + body.length
                        + " bytes, more than the ingest topic accepts", Rejection.Reason.TOO_LARGE);
                return;
            }
            ctx.header("Retry-After", "5");
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, cause instanceof RetriableException || e instanceof TimeoutException
                    ? "Kafka is not reachable now; try again shortly"
                    : "Kafka refused the article; try again later", null);
            return;
        }
        ctx.status(HttpStatus.ACCEPTED).json(new Accepted(submission.articleId(), submission.revision()));
    }

    /** JSON for application/json (and +json), text for text/*, by content when unspecified; only UTF-8. */
    private static SubmissionFormat format(Context ctx) {
        String contentType = ctx.req().getContentType();
        if (contentType == null || contentType.isBlank()) {
            return SubmissionFormat.AUTO;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String mime = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            if (param.startsWith("charset=")) {
                String charset = param.substring("charset=".length()).replace("\"", "").strip();
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    error(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Only UTF-8 is accepted, not " + charset, null);
                    return null;
                }
            }
        }
        if (mime.equals("application/json") || mime.endsWith("+json")) {
            return SubmissionFormat.JSON;
        }
        if (mime.startsWith("text/")) {
            return SubmissionFormat.TEXT;
        }
        error(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send application/json or text/plain, not " + mime, null);
        return null;
    }

    private static void health(Context ctx, boolean up) {
        if (!up) {
            ctx.header("Retry-After", "1");
        }
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", up ? "UP" : "DOWN"));
    }

    private static void ready(Context ctx, String notReady) {
        if (notReady == null) {
            health(ctx, true);
            return;
        }
        ctx.header("Retry-After", "1");
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", "DOWN", "reason", notReady));
    }

    private static void error(Context ctx, HttpStatus status, String message, Rejection.Reason reason) {
        ctx.status(status).json(reason == null ? Map.of("error", message)
                : Map.of("error", message, "reason", reason.name().toLowerCase(Locale.ROOT)));
    }

    /** The answer to an accepted article. */
    public record Accepted(String articleId, String revision) {
    }

    @Override
    public void close() {
        app.stop();
    }
}
