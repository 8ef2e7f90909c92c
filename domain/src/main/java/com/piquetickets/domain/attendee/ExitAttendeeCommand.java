package com.piquetickets.domain.attendee;

import com.piquetickets.domain.show.ShowId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A door device scanned a ticket on the way out: its holder may come back in. */
public record ExitAttendeeCommand(@TargetAggregateIdentifier AttendeeId attendeeId, ShowId showId, DoorScan scan) {
}
