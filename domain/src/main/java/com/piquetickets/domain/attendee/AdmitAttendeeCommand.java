package com.piquetickets.domain.attendee;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A door device scanned a ticket on the way in. {@code showId} is the show the device checks in for. Online, the
 * aggregate decides (ADMITTED, ALREADY_INSIDE, VOIDED, WRONG_SHOW, NOT_OPEN_YET before {@code opensAt}); an offline
 * scan was decided by the device already and is recorded, as a conflict when it should not have counted.
 */
public record AdmitAttendeeCommand(
        @TargetAggregateIdentifier AttendeeId attendeeId,
        ShowId showId,
        DoorScan scan,
        Instant opensAt) {
}
