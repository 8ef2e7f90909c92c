package com.piquetickets.domain.attendee;

import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.serialization.Revision;

/** The admission made by {@code undone} was taken back by device {@code undoneBy}; {@code status} is as before it. */
@Revision("1")
public record AdmissionUndoneEvent(
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        DoorScan undone,
        CheckInSessionId undoneBy,
        CheckInStatus status) {
}
