package com.piquetickets.domain.checkin;

import java.time.Instant;
import java.util.UUID;

/** A door device's session as its show's managers see it (SCHEMA check_in_session); never its token. */
public record CheckInSessionView(
        UUID sessionId,
        UUID showId,
        String name,
        UUID openedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt) {

    /** Whether the session's token is accepted at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
