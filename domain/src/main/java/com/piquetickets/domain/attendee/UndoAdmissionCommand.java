package com.piquetickets.domain.attendee;

import com.piquetickets.domain.checkin.CheckInSessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes back the admission made by scan {@code scanId} of device {@code sessionId}; undoing twice is a no-op. */
public record UndoAdmissionCommand(
        @TargetAggregateIdentifier AttendeeId attendeeId,
        CheckInSessionId sessionId,
        String scanId) {
}
