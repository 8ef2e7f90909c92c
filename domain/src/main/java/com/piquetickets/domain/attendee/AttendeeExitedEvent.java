package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.serialization.Revision;

/** A ticket's holder left ({@code scan}); they may come back in. */
@Revision("1")
public record AttendeeExitedEvent(
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        DoorScan scan,
        CheckInStatus status) {
}
