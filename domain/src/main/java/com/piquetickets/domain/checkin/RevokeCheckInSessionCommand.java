package com.piquetickets.domain.checkin;

import com.piquetickets.domain.show.ShowId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a check-in session of {@code showId} at once: its token stops working. Revoking twice is a no-op. */
public record RevokeCheckInSessionCommand(@TargetAggregateIdentifier CheckInSessionId sessionId, ShowId showId) {
}
