package com.piquetickets.api.checkin;

import com.piquetickets.api.security.DoorDevice;
import com.piquetickets.api.web.UnprocessableRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scans each door device sent, by its own scan id ({@code check_in_scan_request}): the first answer to a scan id is
 * kept, so a retry (after a time-out, a lost answer or a restart) is answered the same and changes nothing; the same
 * scan id with another request is refused (422). A retry that arrives while the first is still being answered runs
 * again: the Attendee aggregate answers a scan it has recorded the same way.
 */
@Component
class ScanRequests {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScanRequests(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A scan as the server saw it first: what it concerned and, once answered, the answer (JSON). */
    record Stored(String fingerprint, List<UUID> attendeeIds, String response) {
    }

    /** How many scans a device sent and when it last did. */
    record Activity(long scans, Instant lastScanAt) {
    }

    /**
     * Claims a scan id for this request; empty when the scan is new (or its first request is still running), otherwise
     * the scan as first answered.
     */
    Optional<Stored> claim(DoorDevice device, String scanId, String fingerprint) {
        try {
            jdbc.update("insert into check_in_scan_request (session_id, scan_id, show_id, fingerprint, created_at)"
                    + " values (?, ?, ?, ?, ?)", device.sessionId(), scanId, device.showId(), fingerprint,
                    Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Optional<Stored> stored = find(device, scanId);
            if (stored.isEmpty()) { // forgotten in between: the first attempt failed; this one runs
                return claim(device, scanId, fingerprint);
            }
            if (!stored.get().fingerprint().equals(fingerprint)) {
                throw new UnprocessableRequestException("scan-id-reused", "scan id '" + scanId + "' was already used by"
                        + " this device for another scan; give every scan an id of its own");
            }
            return stored.get().response() == null ? Optional.empty() : stored;
        }
    }

    /** The first of these scan ids (mapped to their requests' fingerprints) that this device used for another request. */
    Optional<String> firstReused(DoorDevice device, Map<String, String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Optional.empty();
        }
        String placeholders = String.join(", ", Collections.nCopies(fingerprints.size(), "?"));
        List<Object> arguments = new ArrayList<>(List.of(device.sessionId()));
        arguments.addAll(fingerprints.keySet());
        return jdbc.query("select scan_id, fingerprint from check_in_scan_request where session_id = ? and scan_id in ("
                        + placeholders + ")", (rs, row) -> Map.entry(rs.getString(1), rs.getString(2)), arguments.toArray())
                .stream().filter(stored -> !stored.getValue().equals(fingerprints.get(stored.getKey())))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    Optional<Stored> find(DoorDevice device, String scanId) {
        return jdbc.query("select fingerprint, attendee_ids, response from check_in_scan_request"
                        + " where session_id = ? and scan_id = ?",
                (rs, row) -> new Stored(rs.getString(1), ids(rs.getString(2)), rs.getString(3)),
                device.sessionId(), scanId).stream().findFirst();
    }

    /** Keeps the answer to a scan and the tickets it concerned. */
    void complete(DoorDevice device, String scanId, List<UUID> attendeeIds, String result, String response) {
        jdbc.update("update check_in_scan_request set attendee_ids = ?, result = ?, response = ?, completed_at = ?"
                        + " where session_id = ? and scan_id = ?",
                attendeeIds.stream().map(UUID::toString).collect(Collectors.joining(",")), result, response,
                Timestamp.from(clock.instant()), device.sessionId(), scanId);
    }

    /** Lets a scan id go again after its request failed. */
    void forget(DoorDevice device, String scanId) {
        jdbc.update("delete from check_in_scan_request where session_id = ? and scan_id = ? and response is null",
                device.sessionId(), scanId);
    }

    /** The answered scans of each device of a show. */
    Map<UUID, Activity> activity(UUID showId) {
        return jdbc.query("select session_id, count(*), max(created_at) from check_in_scan_request"
                        + " where show_id = ? and response is not null group by session_id",
                (rs, row) -> Map.entry(rs.getObject(1, UUID.class),
                        new Activity(rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant())), showId)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The hex SHA-256 of a request's parts: what makes two requests with one scan id the same scan. */
    static String fingerprint(Object... parts) {
        try {
            String joined = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\u0000"));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UUID> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
