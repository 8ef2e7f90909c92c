package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.security.DoorTokens;
import com.piquetickets.api.security.Tokens;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.checkin.CheckInSessionView;
import com.piquetickets.domain.checkin.FindCheckInSessionsQuery;
import com.piquetickets.domain.checkin.OpenCheckInSessionCommand;
import com.piquetickets.domain.checkin.RevokeCheckInSessionCommand;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.show.ShowId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Door devices of a show: a producer member (or staff) opens a check-in session for a device and gets its door token,
 * shown once; lists the show's devices with their use; revokes one, whose token stops working at once.
 */
@RestController
@Tag(name = "Check-in")
class CheckInSessionController {

    private final Commands commands;
    private final Queries queries;
    private final ScanRequests scans;
    private final Clock clock;
    private final CheckInProperties properties;
    private final DoorTokens doorTokens;

    CheckInSessionController(Commands commands, Queries queries, ScanRequests scans, Clock clock,
                             CheckInProperties properties, DoorTokens doorTokens) {
        this.doorTokens = doorTokens;
        this.commands = commands;
        this.queries = queries;
        this.scans = scans;
        this.clock = clock;
        this.properties = properties;
    }

    /** A device to open a session for: its name (what the timeline and the dashboard call it), and when it should stop. */
    record NewSession(@NotBlank @Size(max = 100) String name, Instant expiresAt) {
    }

    /** A new session; {@code token} is shown here only. */
    record OpenedSession(UUID sessionId, UUID showId, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    /** A device of the show, with how many scans it sent and when it last did. */
    record Device(UUID sessionId, String name, UUID openedBy, Instant createdAt, Instant expiresAt, Instant revokedAt,
                  boolean active, long scans, Instant lastUsedAt) {
    }

    @PostMapping("/api/shows/{showId}/check-in-sessions")
    @Allow(value = AccessRule.SHOW_MANAGER, pathVariable = "showId")
    @Operation(summary = "Open a check-in session for a door device: its door token is shown once, here")
    ResponseEntity<OpenedSession> open(@PathVariable UUID showId, @Valid @RequestBody NewSession request) {
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? now.plus(properties.sessionTtl()) : request.expiresAt();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(properties.sessionMaxTtl()))) {
            throw new InvalidInputException("expiresAt", "must be in the future and at most "
                    + properties.sessionMaxTtl().toDays() + " days away");
        }
        String token = DoorTokens.newToken();
        CheckInSessionId session = new CheckInSessionId(UUID.randomUUID());
        commands.send(new OpenCheckInSessionCommand(session, new ShowId(showId), request.name(), Tokens.sha256(token),
                expiresAt));
        return ResponseEntity.created(URI.create("/api/shows/" + showId + "/check-in-sessions/" + session))
                .body(new OpenedSession(session.value(), showId, request.name().strip(), token, now, expiresAt));
    }

    @GetMapping("/api/shows/{showId}/check-in-sessions")
    @Allow(value = AccessRule.SHOW_MANAGER, pathVariable = "showId")
    @Operation(summary = "The show's door devices, newest first, with their scans and last use (tokens are never shown)")
    List<Device> list(@PathVariable UUID showId) {
        Instant now = clock.instant();
        Map<UUID, ScanRequests.Activity> activity = scans.activity(showId);
        return queries.list(new FindCheckInSessionsQuery(showId), CheckInSessionView.class).stream()
                .map(session -> {
                    ScanRequests.Activity used = activity.getOrDefault(session.sessionId(),
                            new ScanRequests.Activity(0, null));
                    return new Device(session.sessionId(), session.name(), session.openedBy(), session.createdAt(),
                            session.expiresAt(), session.revokedAt(), session.isUsableAt(now), used.scans(),
                            used.lastScanAt());
                })
                .toList();
    }

    @DeleteMapping("/api/shows/{showId}/check-in-sessions/{sessionId}")
    @Allow(value = AccessRule.SHOW_MANAGER, pathVariable = "showId")
    @Operation(summary = "Revoke a door device's session: its token stops working at once")
    ResponseEntity<Void> revoke(@PathVariable UUID showId, @PathVariable UUID sessionId) {
        commands.send(new RevokeCheckInSessionCommand(new CheckInSessionId(sessionId), new ShowId(showId)));
        doorTokens.forget(sessionId);
        return ResponseEntity.noContent().build();
    }
}
