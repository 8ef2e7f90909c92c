package com.piquetickets.saga.fakes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Amazon SES API v2 {@code SendEmail} ({@code POST /v2/email/outbound-emails}) on an in-process HTTP server at
 * {@code http://127.0.0.1:<random port>}, for the real AWS SDK client pointed at {@link #endpoint()}. It accepts
 * simple-content emails, answers with a {@code MessageId} and records what was sent. Signatures are not checked.
 *
 * <p>Failures, served to the next requests in the order they were asked for: {@link #failNext} (500
 * InternalServiceErrorException), {@link #throttleNext} (429 TooManyRequestsException), {@link #rejectNext} (400
 * MessageRejected). The SDK retries 5xx and throttling itself: configure it with one attempt
 * ({@code pique.ses.max-attempts=1}) to see each failure, or serve more failures than it has attempts.
 */
public final class FakeSes implements AutoCloseable {

    private final HttpServer server;
    private final List<SentEmail> sent = new ArrayList<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();

    private FakeSes() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "fake-ses");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static FakeSes start() {
        return new FakeSes();
    }

    /** What to configure as the SES endpoint ({@code pique.ses.endpoint}). */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** Emails accepted, oldest first. */
    public synchronized List<SentEmail> sent() {
        return List.copyOf(sent);
    }

    /** Every request received (accepted or failed), oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The next {@code count} requests get a 500 (SES InternalServiceErrorException). */
    public synchronized void failNext(int count) {
        queue(count, new Failure(500, "InternalServiceErrorException", "Internal failure (FakeSes.failNext)"));
    }

    /** The next {@code count} requests get a 429 (SES TooManyRequestsException). */
    public synchronized void throttleNext(int count) {
        queue(count, new Failure(429, "TooManyRequestsException", "Too many requests (FakeSes.throttleNext)"));
    }

    /** The next {@code count} requests get a 400 MessageRejected, as for an address SES will not send to. */
    public synchronized void rejectNext(int count) {
        queue(count, new Failure(400, "MessageRejected", "Email address is not verified (FakeSes.rejectNext)"));
    }

    /** One accepted email. {@code to} holds every ToAddresses entry. */
    public record SentEmail(String messageId, String from, List<String> to, String subject, String textBody,
                            String htmlBody) {
    }

    private void queue(int count, Failure failure) {
        for (int i = 0; i < count; i++) {
            failures.addLast(failure);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = FakeHttp.read(exchange);
            int status;
            String body;
            String errorType = null;
            synchronized (this) {
                requests.add(request);
                Failure failure = failures.pollFirst();
                if (failure != null) {
                    status = failure.status();
                    errorType = failure.type();
                    body = "{\"message\":\"" + failure.message() + "\"}";
                } else if (request.method().equals("POST") && request.path().equals("/v2/email/outbound-emails")) {
                    String messageId = accept(request.body());
                    status = 200;
                    body = "{\"MessageId\":\"" + messageId + "\"}";
                } else {
                    status = 404;
                    errorType = "NotFoundException";
                    body = "{\"message\":\"FakeSes does not implement " + request.method() + " " + request.path()
                            + "\"}";
                }
            }
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
            if (errorType != null) {
                headers.put("x-amzn-ErrorType", errorType);
            }
            FakeHttp.respond(exchange, status, body, headers);
        } catch (RuntimeException e) {
            FakeHttp.respond(exchange, 400, "{\"message\":\"FakeSes could not read the request: " + e + "\"}",
                    Map.of("x-amzn-ErrorType", "BadRequestException"));
        }
    }

    private String accept(String json) {
        JsonObject request = JsonParser.parseString(json).getAsJsonObject();
        JsonObject simple = request.getAsJsonObject("Content").getAsJsonObject("Simple");
        JsonObject body = simple.getAsJsonObject("Body");
        List<String> to = new ArrayList<>();
        JsonArray addresses = request.getAsJsonObject("Destination").getAsJsonArray("ToAddresses");
        for (JsonElement address : addresses) {
            to.add(address.getAsString());
        }
        String messageId = "0100" + UUID.randomUUID().toString().replace("-", "") + "-000000";
        sent.add(new SentEmail(
                messageId,
                request.get("FromEmailAddress").getAsString(),
                List.copyOf(to),
                data(simple, "Subject"),
                data(body, "Text"),
                data(body, "Html")));
        return messageId;
    }

    private static String data(JsonObject parent, String field) {
        JsonObject content = parent.getAsJsonObject(field);
        return content == null ? null : content.get("Data").getAsString();
    }

    private record Failure(int status, String type, String message) {
    }
}
