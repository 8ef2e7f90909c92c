package com.piquetickets.domain.checkin;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A door device may check in tickets of one show until {@code expiresAt}, with a token known only by its SHA-256. */
@Revision("1")
public record CheckInSessionOpenedEvent(
        CheckInSessionId sessionId,
        ShowId showId,
        String name,
        String tokenHash,
        Instant expiresAt) {
}
