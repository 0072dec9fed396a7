package org.newsflow.projections.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the dashboard, a few static files bundled under {@code /dashboard/} on the classpath: {@code /} is its
 * page, {@code /dashboard/...} its scripts, styles and vendored libraries. The pages read only the JSON API.
 */
public final class DashboardRoutes {

    static final String ROOT = "/dashboard/";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*"
            + "(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8",
            "md", "text/plain; charset=utf-8",
            "license", "text/plain; charset=utf-8");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    private DashboardRoutes() {
    }

    /** Adds {@code GET /} and {@code GET /dashboard/*} to the app. */
    public static void register(Javalin app) {
        DashboardRoutes routes = new DashboardRoutes();
        app.get("/", ctx -> routes.serve(ctx, "index.html"));
        app.get("/dashboard/<path>", ctx -> routes.serve(ctx, ctx.pathParam("path")));
    }

    private void serve(Context ctx, String path) {
        String type = SAFE_PATH.matcher(path).matches() ? TYPES.get(extension(path)) : null;
        Optional<byte[]> body = type == null ? Optional.empty() : cache.computeIfAbsent(path, DashboardRoutes::read);
        if (body.isEmpty()) {
            throw ApiException.notFound("no dashboard file '" + path + "'");
        }
        // Files change only with the jar: revalidate cheaply rather than cache across upgrades.
        ctx.header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .result(body.get());
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<byte[]> read(String path) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
