package org.newsflow.projections.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.projections.model.ActorSummary;
import org.newsflow.projections.model.ApiError;
import org.newsflow.projections.model.AppStatus;
import org.newsflow.projections.model.ArticleSummary;
import org.newsflow.projections.model.Graph;
import org.newsflow.projections.model.Page;
import org.newsflow.projections.model.PipelineStatus;
import org.newsflow.projections.model.SearchResult;
import org.newsflow.projections.streams.ActorSort;
import org.newsflow.projections.streams.Interval;
import org.newsflow.projections.streams.LocalViews;
import org.newsflow.projections.streams.Lookup;
import org.newsflow.projections.streams.Merge;
import org.newsflow.projections.streams.PipelineMonitor;
import org.newsflow.projections.streams.QueryService;
import org.newsflow.projections.streams.View;
import org.newsflow.projections.streams.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projection HTTP API, thin over {@link QueryService}: a key owned here is read here, a key owned elsewhere is
 * fetched from its owner, a list is gathered from every instance and merged. Anything not answerable right now
 * (starting, rebalancing, restoring, a peer unreachable) is a 503 with {@code Retry-After} and a reason.
 */
public final class ProjectionsHttp implements AutoCloseable {

    public static final String RETRY_AFTER_SECONDS = "1";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionsHttp.class);

    private final ObjectMapper json = ApiJson.MAPPER;
    private final Cluster cluster;
    private final AtomicReference<QueryService> queries = new AtomicReference<>();
    private final AtomicReference<PipelineMonitor> monitor = new AtomicReference<>();
    private final AtomicReference<BooleanSupplier> live = new AtomicReference<>(() -> true);
    private final AtomicReference<Supplier<List<String>>> health = new AtomicReference<>();
    private final PrometheusMeterRegistry metrics;
    private final byte[] openApi;
    private final Javalin app;

    private ProjectionsHttp(PrometheusMeterRegistry metrics, BearerTokens tokens, boolean loopbackServer) {
        this.metrics = metrics;
        this.cluster = new Cluster(tokens.firstAsHeader());
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.defaultContentType = "application/json";
            cfg.requestLogger.http((ctx, ms) -> Timer.builder("newsflow.projections.http.requests")
                    .tag("path", routeOf(ctx))
                    .tag("status", String.valueOf(ctx.statusCode()))
                    .register(metrics).record(Duration.ofNanos((long) (ms * 1_000_000))));
        });
        new ReadOnlyAccess(tokens, loopbackServer).register(app);
        routes();
    }

    /** Serves on {@code host:port} (port 0: any free port) until closed; queries answer 503 until attached. */
    public static ProjectionsHttp start(String host, int port, PrometheusMeterRegistry metrics) {
        return start(host, port, metrics, BearerTokens.none());
    }

    /** As above; with {@code tokens} the data needs one of them, and requests to peers carry the first. */
    public static ProjectionsHttp start(String host, int port, PrometheusMeterRegistry metrics, BearerTokens tokens) {
        ProjectionsHttp http = new ProjectionsHttp(metrics, tokens, BindAddress.isLoopback(host));
        http.app.start(host, port);
        BindAddress.warnIfExposed(LOG, "The projections API", host, http.port(), tokens.required());
        return http;
    }

    public int port() {
        return app.port();
    }

    /** The matched route pattern (bounded metric tags), or "unmatched" for a request no route answers. */
    private static String routeOf(Context ctx) {
        try {
            return ctx.endpointHandlerPath();
        } catch (IllegalStateException e) {
            return "unmatched";
        }
    }

    /** The registry {@code /metrics} shows: apps in the same JVM add their failure counts to it. */
    public io.micrometer.core.instrument.MeterRegistry meters() {
        return metrics;
    }

    /** Lets {@code /health/ready} report what the Streams state alone does not show (failure loops, stalls). */
    public void health(Supplier<List<String>> problems) {
        health.set(problems);
    }

    /** Lets {@code /api/pipeline} report every app's consumer group. */
    public void monitor(PipelineMonitor pipelineMonitor) {
        monitor.set(pipelineMonitor);
    }

    /** Connects the API to the running Streams app. */
    public void attach(QueryService queryService, BooleanSupplier liveness) {
        live.set(liveness);
        queries.set(queryService);
    }

    private void routes() {
        DashboardRoutes.register(app);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        app.get("/health/live", this::live);
        app.get("/health/ready", this::ready);

        app.get("/api/articles", this::articles);
        app.get("/api/articles/{id}", ctx -> byKey(ctx, View.ARTICLE, ctx.pathParam("id"),
                v -> v.article(ctx.pathParam("id")), "no article '" + ctx.pathParam("id") + "'"));
        app.get("/api/actors", this::actors);
        app.get("/api/actors/{id}", ctx -> byKey(ctx, View.ACTOR, ctx.pathParam("id"),
                v -> v.actor(ctx.pathParam("id")), "no actor '" + ctx.pathParam("id") + "'"));
        app.get("/api/actors/{id}/timeline", this::timeline);
        app.get("/api/actors/{id}/network", this::network);
        app.get("/api/graph", this::graph);
        app.get("/api/search", this::search);
        app.get("/api/pipeline", this::pipeline);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
        app.exception(InvalidStateStoreException.class,
                (e, ctx) -> error(ctx, 503, "unavailable", "store not queryable now: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        });
    }

    // ---- health

    private void live(Context ctx) {
        boolean up = live.get().getAsBoolean();
        ctx.status(up ? 200 : 503);
        write(ctx, Map.of("status", up ? "UP" : "DOWN"));
    }

    private void ready(Context ctx) {
        QueryService q = queries.get();
        String reason = q == null ? "starting" : q.notReadyReason();
        Supplier<List<String>> problems = health.get();
        if (reason == null && problems != null) {
            List<String> found = problems.get();
            reason = found.isEmpty() ? null : String.join("; ", found);
        }
        if (reason != null) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            ctx.status(503);
            write(ctx, Map.of("status", "NOT_READY", "reason", reason));
        } else {
            write(ctx, Map.of("status", "READY", "state", q.state().name()));
        }
    }

    // ---- keys

    private void timeline(Context ctx) {
        String id = ctx.pathParam("id");
        Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.DAY);
        Long from = Params.time(ctx, "from");
        Long to = Params.time(ctx, "to");
        if (from != null && to != null && from > to) {
            throw ApiException.badRequest("from must not be after to");
        }
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 500, 5000);
        byKey(ctx, View.ACTOR, id, v -> v.timeline(id, interval, from, to, offset, limit),
                "no actor '" + id + "'");
    }

    private void network(Context ctx) {
        String id = ctx.pathParam("id");
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 50, 500);
        byKey(ctx, View.ACTOR, id, v -> v.network(id, offset, limit), "no actor '" + id + "'");
    }

    private <T> void byKey(Context ctx, View view, String key, Function<LocalViews, Optional<T>> read,
                           String notFound) {
        respond(ctx, queries().byKey(view, key, Params.localOnly(ctx), read, notFound));
    }

    private void respond(Context ctx, Lookup<?> result) {
        if (result instanceof Lookup.Found<?> found) {
            write(ctx, found.value());
        } else if (result instanceof Lookup.NotFound<?> notFound) {
            throw ApiException.notFound(notFound.reason());
        } else if (result instanceof Lookup.Unavailable<?> unavailable) {
            throw ApiException.unavailable(unavailable.reason());
        } else if (result instanceof Lookup.Elsewhere<?> elsewhere) {
            cluster.forward(ctx, elsewhere.host());
        }
    }

    // ---- lists

    private void articles(Context ctx) {
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 20, 100);
        if (Params.localOnly(ctx)) {
            respond(ctx, queries().localPartial(v -> v.articles(offset, limit)));
            return;
        }
        List<Page<ArticleSummary>> parts = cluster.gather(ctx, queries(), View.ARTICLE_LIST, offset + limit,
                v -> v.articles(0, offset + limit), pageOf(ArticleSummary.class));
        write(ctx, Merge.pages(parts, Merge.ARTICLES, offset, limit));
    }

    private void actors(Context ctx) {
        ActorSort sort = Params.choice(ctx, "sort", ActorSort.class, ActorSort.MENTIONS);
        boolean ascending = "asc".equalsIgnoreCase(ctx.queryParam("order"));
        if (ctx.queryParam("order") != null && !ascending && !"desc".equalsIgnoreCase(ctx.queryParam("order"))) {
            throw ApiException.badRequest("order must be asc or desc, was '" + ctx.queryParam("order") + "'");
        }
        int minMentions = Params.integer(ctx, "minMentions", 1, 1, 1_000_000_000);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 20, 100);
        if (Params.localOnly(ctx)) {
            respond(ctx, queries().localPartial(v -> v.actors(sort, ascending, minMentions, offset, limit)));
            return;
        }
        List<Page<ActorSummary>> parts = cluster.gather(ctx, queries(), View.ACTOR, offset + limit,
                v -> v.actors(sort, ascending, minMentions, 0, offset + limit), pageOf(ActorSummary.class));
        write(ctx, Merge.pages(parts, sort.comparator(ascending), offset, limit));
    }

    private void pipeline(Context ctx) {
        if (Params.localOnly(ctx)) {
            respond(ctx, queries().localPartial(LocalViews::deadLetterCounts));
            return;
        }
        List<Map<String, Long>> parts = cluster.gather(ctx, queries(), View.DEAD_LETTER_COUNTS, 0, LocalViews::deadLetterCounts,
                json.getTypeFactory().constructMapType(Map.class, String.class, Long.class));
        Map<String, Long> byStage = new TreeMap<>();
        parts.forEach(part -> part.forEach((stage, count) -> byStage.merge(stage, count, Long::sum)));
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        PipelineMonitor pipelineMonitor = monitor.get();
        List<AppStatus> apps = pipelineMonitor == null ? List.of() : pipelineMonitor.apps();
        write(ctx, new PipelineStatus(apps, total, byStage));
    }

    private void graph(Context ctx) {
        int minWeight = Params.integer(ctx, "minWeight", 1, 1, 1_000_000_000);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 200, 2000);
        if (Params.localOnly(ctx)) {
            respond(ctx, queries().localPartial(v -> v.graph(minWeight, offset, limit)));
            return;
        }
        List<Graph> parts = cluster.gather(ctx, queries(), View.NETWORK, offset + limit, v -> v.graph(minWeight, 0, offset + limit),
                json.constructType(Graph.class));
        write(ctx, Merge.graphs(parts, minWeight, offset, limit));
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        List<String> terms = Terms.query(q);
        if (terms.isEmpty()) {
            throw ApiException.badRequest("q must hold at least one word (two letters or more, not a stop word)"
                    + " or actor:<id>");
        }
        if (terms.size() > 10) {
            throw ApiException.badRequest("q may hold at most 10 terms");
        }
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx, 10, 50);
        if (Params.localOnly(ctx)) {
            respond(ctx, queries().localPartial(v -> v.search(q, terms, offset, limit)));
            return;
        }
        List<SearchResult> parts = cluster.gather(ctx, queries(), View.SEARCH, offset + limit,
                v -> v.search(q, terms, 0, offset + limit), json.constructType(SearchResult.class));
        write(ctx, Merge.searches(parts, q, terms, offset, limit));
    }

    // ---- plumbing

    private QueryService queries() {
        QueryService q = queries.get();
        if (q == null) {
            throw ApiException.unavailable("the projections are starting");
        }
        return q;
    }

    private JavaType pageOf(Class<?> item) {
        return json.getTypeFactory().constructParametricType(Page.class, item);
    }

    private void write(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void error(Context ctx, int status, String error, String reason) {
        if (status == 503) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        ctx.status(status);
        write(ctx, new ApiError(error, reason));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ProjectionsHttp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
