package com.piquetickets.domain.checkin;

import com.piquetickets.domain.show.ShowId;
import org.axonframework.serialization.Revision;

/** A door device's token no longer works. */
@Revision("1")
public record CheckInSessionRevokedEvent(CheckInSessionId sessionId, ShowId showId) {
}
