package com.piquetickets.domain.attendee;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.serialization.Revision;

/** A ticket no longer admits anyone. */
@Revision("1")
public record TicketVoidedEvent(AttendeeId attendeeId, OrderId orderId, String reason) {
}
