package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues one ticket (an attendee) of a paid order. */
public record IssueTicketCommand(
        @TargetAggregateIdentifier AttendeeId attendeeId,
        OrderId orderId,
        ShowId showId,
        TicketTypeId ticketTypeId,
        AttendeeName attendee,
        boolean vip) {
}
