package com.piquetickets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP/1.1 to the application under benchmark; a bearer token, once known, goes on catalogue writes. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body, long nanos) {

        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.nullNode();
            }
        }

        String text(String field) {
            JsonNode node = json().path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private volatile String bearerToken;

    Http(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    void useBearerToken(String token) {
        this.bearerToken = token;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET(), false);
    }

    /** A read that needs a signed-in user (carries the bearer token). */
    Response getAsStaff(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
    }

    /** Anonymous: placing orders and the like. */
    Response post(String path, Object body) {
        return send(json(path, body).POST(publisher(body)), false);
    }

    /** A catalogue write: carries the bearer token when the application has identity. */
    Response postAsStaff(String path, Object body) {
        return send(json(path, body).POST(publisher(body)), true);
    }

    Response putAsStaff(String path, Object body) {
        return send(json(path, body).PUT(publisher(body)), true);
    }

    Response postRaw(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request, false);
    }

    private HttpRequest.Builder json(String path, Object body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            return body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(HttpRequest.Builder request, boolean asStaff) {
        String token = bearerToken;
        if (asStaff && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.timeout(Duration.ofSeconds(60));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
