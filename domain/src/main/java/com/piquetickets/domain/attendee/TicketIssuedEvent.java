package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.serialization.Revision;

/** A ticket exists: its attendee UUID is what the QR code encodes. */
@Revision("1")
public record TicketIssuedEvent(
        AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        AttendeeName attendee,
        boolean vip) {
}
