package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.serialization.Revision;

/** A ticket's holder was let in by {@code scan}; {@code status} is where they stand now. */
@Revision("1")
public record AttendeeAdmittedEvent(
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        DoorScan scan,
        CheckInStatus status) {
}
