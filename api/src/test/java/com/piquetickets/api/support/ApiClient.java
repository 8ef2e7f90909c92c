package com.piquetickets.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for integration tests: real requests to the running server, JSON in and out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String accessToken;

    /** An anonymous client. */
    public ApiClient(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private ApiClient(String base, String accessToken) {
        this.base = base;
        this.accessToken = accessToken;
    }

    /** The same server, with every request carrying {@code Authorization: Bearer <accessToken>}. */
    public ApiClient as(String accessToken) {
        return new ApiClient(base, accessToken);
    }

    /** The same server, without credentials. */
    public ApiClient anonymous() {
        return new ApiClient(base, null);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Response post(String path, Object body) {
        return withBody("POST", path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return withBody("POST", path, body, headers);
    }

    public Response put(String path, Object body) {
        return withBody("PUT", path, body, Map.of());
    }

    /** Any method with a JSON body (or none), for table-driven tests. */
    public Response call(String method, String path, Object body) {
        return withBody(method, path, body, Map.of());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), Map.of());
    }

    /**
     * Opens a server-sent event stream and answers as soon as its headers arrive: the stream itself is closed at once;
     * a refusal's problem document is read whole.
     */
    public Response stream(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET()
                .header("Accept", "text/event-stream, application/problem+json");
        if (accessToken != null) {
            request.setHeader("Authorization", "Bearer " + accessToken);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream stream = response.body()) {
                body = response.statusCode() == 200 ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
                    response.headers().firstValue("X-Correlation-Id").orElse(null), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw body as application/json, for malformed-input tests. */
    public Response raw(String method, String path, String body) {
        return raw(method, path, body, Map.of());
    }

    /** A raw body with extra headers (a signed webhook, say). */
    public Response raw(String method, String path, String body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headers);
    }

    private Response withBody(String method, String path, Object body, Map<String, String> headers) {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), headers);
    }

    private Response send(HttpRequest.Builder request, Map<String, String> headers) {
        if (accessToken != null) {
            request.setHeader("Authorization", "Bearer " + accessToken);
        }
        headers.forEach(request::setHeader);
        request.header("Accept", "application/json, application/problem+json");
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("X-Correlation-Id").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    public record Response(int status, String contentType, String location, String correlationId, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        public Response expect(int expectedStatus) {
            assertThat(status).as("HTTP status; body: %s", body).isEqualTo(expectedStatus);
            return this;
        }

        /** Asserts an RFC 9457 problem document with this status, and returns it. */
        public JsonNode problem(int expectedStatus) {
            expect(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("detail").asString()).isNotBlank();
            return problem;
        }
    }
}
