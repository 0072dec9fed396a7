package org.newsflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Talks to a Confluent-compatible Schema Registry over HTTP with bounded timeouts. Transient failures (connection
 * refused, 5xx) are retried with backoff for at most {@code retryFor}; definite answers (404, 409, 422) are not.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> baseUrls;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Duration retryFor;
    private final String authorization;

    public RestSchemaRegistryClient(String urls, Duration requestTimeout, Duration retryFor) {
        this(urls, requestTimeout, retryFor, null);
    }

    /** {@code userInfo} ({@code user:password}, may be null) is sent as HTTP basic authentication. */
    public RestSchemaRegistryClient(String urls, Duration requestTimeout, Duration retryFor, String userInfo) {
        this.authorization = userInfo == null || userInfo.isBlank() ? null : "Basic "
                + java.util.Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        this.baseUrls = new ArrayList<>();
        for (String url : urls.split(",")) {
            String trimmed = url.trim();
            if (!trimmed.isEmpty()) {
                baseUrls.add(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            }
        }
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("schema.registry.url is empty");
        }
        this.requestTimeout = requestTimeout;
        this.retryFor = retryFor;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .build();
    }

    public RestSchemaRegistryClient(String urls) {
        this(urls, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Override
    public String url() {
        return String.join(",", baseUrls);
    }

    @Override
    public int register(String subject, Schema schema) {
        JsonNode reply = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        return reply.path("id").asInt();
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        JsonNode reply = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        return new RegisteredSchema(subject, reply.path("id").asInt(), reply.path("version").asInt(), schema);
    }

    @Override
    public Schema getById(int id) {
        JsonNode reply = send("GET", "/schemas/ids/" + id, null);
        return parse(reply.path("schema").asText());
    }

    @Override
    public RegisteredSchema latest(String subject) {
        JsonNode reply = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        return new RegisteredSchema(reply.path("subject").asText(subject), reply.path("id").asInt(),
                reply.path("version").asInt(), parse(reply.path("schema").asText()));
    }

    @Override
    public List<String> subjects() {
        List<String> out = new ArrayList<>();
        send("GET", "/subjects", null).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        JsonNode reply = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest",
                schemaBody(schema));
        return reply.path("is_compatible").asBoolean();
    }

    @Override
    public String compatibilityLevel(String subject) {
        JsonNode reply = send("GET", subject == null ? "/config"
                : "/config/" + encode(subject) + "?defaultToGlobal=true", null);
        return reply.path("compatibilityLevel").asText(null);
    }

    @Override
    public void setCompatibilityLevel(String subject, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        send("PUT", subject == null ? "/config" : "/config/" + encode(subject), body.toString());
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, String body) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        long backoffMs = 100;
        while (true) {
            SchemaRegistryException failure = null;
            for (String base : baseUrls) {
                try {
                    return sendOnce(base, method, path, body);
                } catch (SchemaRegistryException e) {
                    if (!e.isRetriable()) {
                        throw e;
                    }
                    failure = e;
                }
            }
            if (System.nanoTime() + backoffMs * 1_000_000 > deadline) {
                throw failure;
            }
            sleep(backoffMs);
            backoffMs = Math.min(backoffMs * 2, 2_000);
        }
    }

    private JsonNode sendOnce(String base, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemaRegistryException.Unavailable(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException.Unavailable(base, e);
        }
        JsonNode json = readJson(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json;
        }
        int errorCode = json.path("error_code").asInt(status);
        String message = json.path("message").asText("");
        if (message.isEmpty()) {
            message = "HTTP " + status + " from " + base + path;
        }
        throw SchemaRegistryException.fromResponse(status, errorCode, message);
    }

    private static JsonNode readJson(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while retrying the Schema Registry", e);
        }
    }
}
