package com.piquetickets.domain.attendee;

import java.time.Instant;

/**
 * Where a ticket's holder stands after a check-in event, as the Attendee aggregate decided it: inside or not, when the
 * ticket was first admitted (null: never, or every admission was undone) and the gate of its latest admission.
 */
public record CheckInStatus(boolean inside, Instant admittedAt, String gate) {

    public static final CheckInStatus NEVER_ADMITTED = new CheckInStatus(false, null, null);
}
