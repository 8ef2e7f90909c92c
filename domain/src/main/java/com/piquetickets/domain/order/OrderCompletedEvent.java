package com.piquetickets.domain.order;

import com.piquetickets.domain.attendee.AttendeeId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A paid (or free) order has its tickets: one attendee per seat. */
@Revision("1")
public record OrderCompletedEvent(OrderId orderId, List<AttendeeId> attendeeIds) {
}
