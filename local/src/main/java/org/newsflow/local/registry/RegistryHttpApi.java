package org.newsflow.local.registry;

import org.newsflow.schemas.registry.CompatibilityLevel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.newsflow.runtime.config.BindAddress;
import org.newsflow.local.registry.SchemaRegistryService.Registered;
import org.newsflow.local.registry.SchemaRegistryService.VersionRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over {@link SchemaRegistryService}: paths, JSON shapes, content types and
 * error bodies as Confluent's clients expect them.
 *
 * <ul>
 *   <li>{@code POST /subjects/{s}/versions} register, {@code {"id":N}}; {@code POST /subjects/{s}} look up</li>
 *   <li>{@code GET /subjects}, {@code /subjects/{s}/versions}, {@code /subjects/{s}/versions/{v|latest}[/schema]}</li>
 *   <li>{@code GET /schemas/ids/{id}[/schema|/versions|/subjects]}, {@code GET /schemas/types}</li>
 *   <li>{@code POST /compatibility/subjects/{s}/versions[/{v|latest}][?verbose=true]}</li>
 *   <li>{@code GET|PUT|DELETE /config[/{s}]} ({@code GET /config/{s}} answers 40408 when the subject has no level
 *       of its own, unless {@code ?defaultToGlobal=true}, as Confluent does)</li>
 *   <li>{@code DELETE /subjects/{s}[/versions/{v}][?permanent=true]} (soft delete first, then permanent)</li>
 *   <li>{@code GET|PUT /mode[?force=true]}, {@code GET|PUT|DELETE /mode/{s}} (READWRITE, READONLY, IMPORT; in
 *       IMPORT mode {@code POST /subjects/{s}/versions} takes {@code "id"} and optionally {@code "version"})</li>
 *   <li>{@code GET /} answers {@code {}}</li>
 * </ul>
 * With users configured every request needs HTTP basic authentication (401 otherwise).
 * Requests may be {@code application/vnd.schemaregistry.v1+json}, {@code application/vnd.schemaregistry+json} or
 * {@code application/json}; answers are {@code application/vnd.schemaregistry.v1+json}; errors are
 * {@code {"error_code":N,"message":"..."}} with Confluent's codes.
 */
final class RegistryHttpApi {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Set<String> ACCEPTED_CONTENT_TYPES = Set.of(
            "application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json", "application/json",
            "application/octet-stream");
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistryService service;
    private final BasicAuthentication authentication;
    private final boolean loopbackServer;

    /** {@code loopbackServer}: answer loopback host names only, so a DNS-rebound web page gets nothing. */
    RegistryHttpApi(SchemaRegistryService service, BasicAuthentication authentication, boolean loopbackServer) {
        this.service = service;
        this.authentication = authentication;
        this.loopbackServer = loopbackServer;
    }

    void mount(Javalin app) {
        app.before(this::authenticate);
        app.before(this::checkContentType);

        app.get("/", ctx -> send(ctx, 200, JSON.createObjectNode()));
        app.get("/schemas/types", ctx -> send(ctx, 200, List.of("AVRO")));
        app.get("/mode", ctx -> send(ctx, 200, Map.of("mode", service.globalMode().name())));
        app.put("/mode", ctx -> send(ctx, 200,
                Map.of("mode", service.setMode(null, text(body(ctx), "mode"), flag(ctx, "force")).name())));
        app.get("/mode/{subject}", ctx -> {
            String subject = subject(ctx);
            RegistryMode mode = service.subjectMode(subject).orElseGet(() -> {
                if (flag(ctx, "defaultToGlobal")) {
                    return service.globalMode();
                }
                throw RegistryException.subjectLevelModeNotConfigured(subject);
            });
            send(ctx, 200, Map.of("mode", mode.name()));
        });
        app.put("/mode/{subject}", ctx -> send(ctx, 200,
                Map.of("mode", service.setMode(subject(ctx), text(body(ctx), "mode"), flag(ctx, "force")).name())));
        app.delete("/mode/{subject}", ctx -> send(ctx, 200,
                Map.of("mode", service.deleteMode(subject(ctx)).name())));

        app.get("/subjects", ctx -> send(ctx, 200, service.subjects(flag(ctx, "deleted"))));
        app.post("/subjects/{subject}", ctx -> {
            JsonNode body = body(ctx);
            Registered r = service.lookup(subject(ctx), text(body, "schema"), text(body, "schemaType"),
                    hasReferences(body), flag(ctx, "deleted"));
            send(ctx, 200, registered(r));
        });
        app.delete("/subjects/{subject}", ctx ->
                send(ctx, 200, service.deleteSubject(subject(ctx), flag(ctx, "permanent"))));
        app.get("/subjects/{subject}/versions", ctx ->
                send(ctx, 200, service.versions(subject(ctx), flag(ctx, "deleted"))));
        app.post("/subjects/{subject}/versions", ctx -> {
            JsonNode body = body(ctx);
            int id = service.register(subject(ctx), text(body, "schema"), text(body, "schemaType"),
                    hasReferences(body), number(body, "id"), number(body, "version"));
            send(ctx, 200, Map.of("id", id));
        });
        app.get("/subjects/{subject}/versions/{version}", ctx ->
                send(ctx, 200, registered(service.version(subject(ctx), version(ctx), flag(ctx, "deleted")))));
        app.get("/subjects/{subject}/versions/{version}/schema", ctx ->
                sendRaw(ctx, service.version(subject(ctx), version(ctx), flag(ctx, "deleted")).schema()));
        app.get("/subjects/{subject}/versions/{version}/referencedby", ctx -> {
            service.version(subject(ctx), version(ctx), false);
            send(ctx, 200, List.of());
        });
        app.delete("/subjects/{subject}/versions/{version}", ctx ->
                send(ctx, 200, service.deleteVersion(subject(ctx), version(ctx), flag(ctx, "permanent"))));

        app.get("/schemas/ids/{id}", ctx -> send(ctx, 200, Map.of("schema", service.schema(id(ctx)))));
        app.get("/schemas/ids/{id}/schema", ctx -> sendRaw(ctx, service.schema(id(ctx))));
        app.get("/schemas/ids/{id}/subjects", ctx -> send(ctx, 200,
                service.subjectVersionsOf(id(ctx)).stream().map(Registered::subject).distinct().toList()));
        app.get("/schemas/ids/{id}/versions", ctx -> {
            ArrayNode out = JSON.createArrayNode();
            service.subjectVersionsOf(id(ctx)).forEach(r ->
                    out.addObject().put("subject", r.subject()).put("version", r.version()));
            send(ctx, 200, out);
        });

        app.post("/compatibility/subjects/{subject}/versions/{version}", ctx ->
                compatibility(ctx, version(ctx)));
        app.post("/compatibility/subjects/{subject}/versions", ctx -> compatibility(ctx, null));

        app.get("/config", ctx -> send(ctx, 200, Map.of("compatibilityLevel", service.globalLevel().name())));
        app.put("/config", ctx -> send(ctx, 200,
                Map.of("compatibility", service.setLevel(null, text(body(ctx), "compatibility")).name())));
        app.delete("/config", ctx -> send(ctx, 200,
                Map.of("compatibilityLevel", service.deleteLevel(null).name())));
        app.get("/config/{subject}", ctx -> {
            String subject = subject(ctx);
            CompatibilityLevel level = service.subjectLevel(subject).orElseGet(() -> {
                if (flag(ctx, "defaultToGlobal")) {
                    return service.globalLevel();
                }
                throw RegistryException.subjectLevelCompatibilityNotConfigured(subject);
            });
            send(ctx, 200, Map.of("compatibilityLevel", level.name()));
        });
        app.put("/config/{subject}", ctx -> send(ctx, 200,
                Map.of("compatibility", service.setLevel(subject(ctx), text(body(ctx), "compatibility")).name())));
        app.delete("/config/{subject}", ctx -> send(ctx, 200,
                Map.of("compatibilityLevel", service.deleteLevel(subject(ctx)).name())));

        app.exception(RegistryException.class, (e, ctx) -> {
            if (e.status() >= 500) {
                LOG.warn("schema registry error: {}", e.getMessage(), e.getCause());
            }
            error(ctx, e.status(), e.errorCode(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, e.getStatus(), e.getStatus(), "HTTP " + e.getStatus() + " " + reason(e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("unexpected schema registry error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, 500, "Internal Server Error: " + e);
        });
    }

    private void compatibility(Context ctx, VersionRef version) throws JsonProcessingException {
        JsonNode body = body(ctx);
        List<String> problems = service.compatibilityProblems(subject(ctx), version, text(body, "schema"),
                text(body, "schemaType"), hasReferences(body));
        ObjectNode out = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
        if (flag(ctx, "verbose")) {
            ArrayNode messages = out.putArray("messages");
            problems.forEach(messages::add);
        }
        send(ctx, 200, out);
    }

    private void authenticate(Context ctx) {
        if (loopbackServer && !BindAddress.isLoopbackName(hostName(ctx.host()))) {
            throw new RegistryException(403, 40301, "This registry answers loopback host names only, not "
                    + ctx.host());
        }
        if (!authentication.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"SchemaRegistry\"");
            throw RegistryException.unauthorized();
        }
    }

    private void checkContentType(Context ctx) {
        if (ctx.method() != HandlerType.POST && ctx.method() != HandlerType.PUT) {
            return;
        }
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            return;
        }
        String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_CONTENT_TYPES.contains(bare)) {
            throw new RegistryException(415, 415, "HTTP 415 Unsupported Media Type");
        }
    }

    private static ObjectNode registered(Registered r) {
        return JSON.createObjectNode().put("subject", r.subject()).put("version", r.version()).put("id", r.id())
                .put("schema", r.schema());
    }

    private static JsonNode body(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new RegistryException(422, 422, "Unprocessable Entity: empty request body");
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                throw new RegistryException(422, 422, "Unprocessable Entity: a JSON object is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RegistryException(400, 400, "Unexpected character in JSON request body: "
                    + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** An optional number field; Confluent clients send {@code -1} or nothing for "not given". */
    private static Integer number(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt()) {
            throw new RegistryException(422, 422, "Unprocessable Entity: '" + field + "' must be an integer");
        }
        int value = node.asInt();
        return value < 0 ? null : value;
    }

    private static boolean hasReferences(JsonNode body) {
        JsonNode refs = body.get("references");
        return refs != null && refs.isArray() && !refs.isEmpty();
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        try {
            return java.net.URI.create("http://" + hostHeader).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String subject(Context ctx) {
        return ctx.pathParam("subject");
    }

    private static VersionRef version(Context ctx) {
        return VersionRef.parse(ctx.pathParam("version"));
    }

    private static int id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RegistryException(404, 40403, "Schema " + text + " not found");
        }
    }

    private static boolean flag(Context ctx, String name) {
        return Boolean.parseBoolean(ctx.queryParam(name));
    }

    private static void send(Context ctx, int status, Object body) throws JsonProcessingException {
        ctx.status(status).contentType(CONTENT_TYPE).result(JSON.writeValueAsString(body));
    }

    private static void sendRaw(Context ctx, String json) {
        ctx.status(200).contentType(CONTENT_TYPE).result(json);
    }

    static void error(Context ctx, int status, int code, String message) {
        ObjectNode body = JSON.createObjectNode().put("error_code", code).put("message", message);
        ctx.status(status).contentType(CONTENT_TYPE).result(body.toString());
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Request Entity Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Error";
        };
    }
}
