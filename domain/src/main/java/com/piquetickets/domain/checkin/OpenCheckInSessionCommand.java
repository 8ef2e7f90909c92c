package com.piquetickets.domain.checkin;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a check-in session for a door device of one show. The caller makes a random token, shows it once and sends
 * only its hex SHA-256 here: the token itself is never stored.
 */
public record OpenCheckInSessionCommand(
        @TargetAggregateIdentifier CheckInSessionId sessionId,
        ShowId showId,
        String name,
        String tokenHash,
        Instant expiresAt) {
}
