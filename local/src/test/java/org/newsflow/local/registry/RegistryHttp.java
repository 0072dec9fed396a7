package org.newsflow.local.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Raw HTTP calls to a schema registry, the way any client would make them. */
final class RegistryHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    RegistryHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Response get(String path) {
        return send("GET", path, null, CONTENT_TYPE);
    }

    Response delete(String path) {
        return send("DELETE", path, null, CONTENT_TYPE);
    }

    Response post(String path, String body) {
        return send("POST", path, body, CONTENT_TYPE);
    }

    Response put(String path, String body) {
        return send("PUT", path, body, CONTENT_TYPE);
    }

    Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", CONTENT_TYPE + ", application/vnd.schemaregistry+json, application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The body of a register or lookup request: {@code {"schema": "<schema JSON as a string>"}}. */
    static String schemaBody(String schema) {
        ObjectNode body = JSON.createObjectNode().put("schema", schema);
        return body.toString();
    }
}
