package com.piquetickets.api.checkout;

import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.api.web.UnprocessableRequestException;
import com.piquetickets.domain.common.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} contract: the first request with a key runs and its answer is kept; a retry with the
 * same key and the same request gets that answer again (nothing new happens); the same key with a different request
 * is refused with 422; a retry while the first is still running gets 409. A request that fails is forgotten, so
 * the client may try it again. A request whose process died (no answer within the lease) is taken over by the next
 * retry and run again: the actions behind keys are idempotent themselves (an order's id and a refund's id are derived
 * from the key), so running one again finds what the first run did instead of doing it twice.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration lease;

    IdempotencyKeys(JdbcTemplate jdbc, JsonMapper json, Clock clock,
                    @Value("${pique.idempotency.lease}") Duration lease) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.lease = lease;
    }

    /** A stable id for what the request with this key creates: the same key and request give the same id. */
    static UUID derivedId(String scope, String key, Object request) {
        return UUID.nameUUIDFromBytes((scope + "\n" + key + "\n" + fingerprint(request)).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code action} once per (scope, key); without a key it simply runs. */
    ResponseEntity<?> run(String scope, String key, Object request, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        Optional<ResponseEntity<?>> earlier = claim(scope, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ResponseEntity<?> response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            forget(scope, key);
            throw e;
        }
        remember(scope, key, response);
        return response;
    }

    private Optional<ResponseEntity<?>> claim(String scope, String key, String fingerprint) {
        try {
            jdbc.update("insert into idempotency_key (scope, idem_key, fingerprint, created_at) values (?, ?, ?, ?)",
                    scope, key, fingerprint, Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            List<Stored> rows = jdbc.query("select fingerprint, status, location, response, created_at from idempotency_key"
                            + " where scope = ? and idem_key = ?",
                    (rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5)),
                    scope, key);
            if (rows.isEmpty()) { // forgotten in between: the first attempt failed; run this one
                return claim(scope, key, fingerprint);
            }
            Stored stored = rows.getFirst();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new UnprocessableRequestException("idempotency-key-reused",
                        "this Idempotency-Key was already used for a different request; use a new key for a new request");
            }
            if (stored.status() == null) {
                if (leaseExpired(stored) && takeOver(scope, key, stored)) {
                    return Optional.empty(); // the first run died without an answer: run it again
                }
                throw new RuleViolationException("idempotent-request-in-progress",
                        "a request with this Idempotency-Key is still being processed; retry shortly");
            }
            return Optional.of(replay(stored));
        }
    }

    private boolean leaseExpired(Stored stored) {
        return stored.claimedAt().toInstant().plus(lease).isBefore(clock.instant());
    }

    /** Claims a key whose request died; of two retries racing for it, one wins. */
    private boolean takeOver(String scope, String key, Stored stored) {
        return jdbc.update("update idempotency_key set created_at = ? where scope = ? and idem_key = ? and status is null"
                + " and created_at = ?", Timestamp.from(clock.instant()), scope, key, stored.claimedAt()) == 1;
    }

    private ResponseEntity<?> replay(Stored stored) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatusCode.valueOf(stored.status()))
                .header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            response.header("Location", stored.location());
        }
        JsonNode body = stored.response() == null ? null : json.readTree(stored.response());
        return response.body(body);
    }

    private void remember(String scope, String key, ResponseEntity<?> response) {
        String location = response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().toString();
        String body = response.getBody() == null ? null : json.writeValueAsString(response.getBody());
        jdbc.update("update idempotency_key set status = ?, location = ?, response = ?, completed_at = ?"
                        + " where scope = ? and idem_key = ?",
                response.getStatusCode().value(), location, body, Timestamp.from(clock.instant()), scope, key);
    }

    private void forget(String scope, String key) {
        jdbc.update("delete from idempotency_key where scope = ? and idem_key = ? and status is null", scope, key);
    }

    /** The request as a value: records print their components deterministically, whatever the JSON's spacing or order. */
    private static String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String fingerprint, Integer status, String location, String response, Timestamp claimedAt) {
    }

}
