package org.newsflow.projections.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Set;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.runtime.http.BearerTokens;
import org.newsflow.projections.model.ApiError;

/**
 * Who may read the projections, and that nobody writes through them. Every method but GET, HEAD and OPTIONS is
 * refused with 405: the views change only by replaying Kafka. With tokens configured, the data ({@code /api/*},
 * {@code /metrics}, {@code /openapi.json}) needs {@code Authorization: Bearer <token>}; health checks and the
 * dashboard's static files stay open (the page asks for the token itself). A server on loopback answers loopback
 * host names only: a web page whose own name was rebound to 127.0.0.1 gets 403, not the data.
 */
final class ReadOnlyAccess {

    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final BearerTokens tokens;
    private final boolean loopbackServer;

    ReadOnlyAccess(BearerTokens tokens, boolean loopbackServer) {
        this.tokens = tokens;
        this.loopbackServer = loopbackServer;
    }

    void register(Javalin app) {
        app.before(this::check);
    }

    private void check(Context ctx) {
        if (loopbackServer && !BindAddress.isLoopbackName(hostName(ctx.host()))) {
            refuse(ctx, 403, "forbidden_host", "This server answers loopback host names only, not " + ctx.host());
            return;
        }
        if (!READS.contains(ctx.method())) {
            ctx.header("Allow", "GET, HEAD");
            refuse(ctx, 405, "read_only", "The projections API is read-only; articles are submitted to the ingest "
                    + "API (POST /articles) or the ingest topic");
            return;
        }
        if (tokens.required() && protectedPath(ctx.path()) && !tokens.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsflow-projections\"");
            refuse(ctx, 401, "unauthorized", "A valid bearer token is required: Authorization: Bearer <token>");
        }
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        try {
            return URI.create("http://" + hostHeader).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean protectedPath(String path) {
        return path.startsWith("/api") || path.equals("/metrics") || path.equals("/openapi.json");
    }

    private static void refuse(Context ctx, int status, String error, String reason) {
        ctx.status(status).json(new ApiError(error, reason));
        ctx.skipRemainingHandlers();
    }
}
