package com.piquetickets.api.probe;

import static org.awaitility.Awaitility.await;

import com.piquetickets.api.probe.Finding.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof that the read model still works after the sweep: a buyer places a free order on an untouched published
 * show and reads it back, completed, within a few seconds, as a buyer would.
 */
final class FreshOrder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final RawHttpClient client;

    FreshOrder(RawHttpClient client) {
        this.client = client;
    }

    Optional<Finding> placeAndReadBack(String showId, String freeTicketTypeId) {
        String body = """
                {"showId": "%s", "buyer": {"firstName": "Fresh", "lastName": "Buyer", "email": "fresh@example.com"},
                 "lines": [{"ticketTypeId": "%s", "quantity": 1}]}""".formatted(showId, freeTicketTypeId);
        long started = System.nanoTime();
        try {
            RawResponse placed = client.send(new RawRequest("POST", "/api/orders", List.of(
                    RawRequest.Header.of("Content-Type", "application/json"),
                    RawRequest.Header.of("X-Correlation-Id", UUID.randomUUID().toString())),
                    body.getBytes(StandardCharsets.UTF_8)), WITHIN.plusSeconds(5));
            if (placed.status() != 201) {
                return failure("POST /api/orders for a free ticket answered %d after %.1f s: %s".formatted(
                        placed.status(), placed.elapsedMillis() / 1000.0, Judge.abbreviate(placed.bodyText())));
            }
            String orderId = JSON.readTree(placed.body()).path("orderId").asString();
            Duration left = WITHIN.minusNanos(System.nanoTime() - started);
            AtomicReference<RawResponse> last = new AtomicReference<>();
            try {
                await().atMost(left.isNegative() ? Duration.ofMillis(200) : left).pollInterval(Duration.ofMillis(100))
                        .until(() -> read(orderId), read -> {
                            last.set(read);
                            return read.status() == 200 && JSON.readTree(read.body()).path("status").asString()
                                    .equals("COMPLETED");
                        });
                return Optional.empty();
            } catch (ConditionTimeoutException e) {
                RawResponse read = last.get();
                return failure("a fresh free order was not readable as COMPLETED within %d s: GET answered %s".formatted(
                        WITHIN.toSeconds(), read == null ? "nothing" : read.status() + " " + Judge.abbreviate(read.bodyText())));
            }
        } catch (IOException e) {
            return failure("a fresh free order got no answer: " + e);
        }
    }

    private RawResponse read(String orderId) throws IOException {
        return client.send(new RawRequest("GET", "/api/orders/" + orderId, List.of(), null), WITHIN);
    }

    private static Optional<Finding> failure(String what) {
        return Optional.of(Finding.overall(Kind.READ_MODEL_NOT_LIVE, what));
    }
}
