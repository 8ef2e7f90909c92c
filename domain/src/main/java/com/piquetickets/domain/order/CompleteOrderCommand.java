package com.piquetickets.domain.order;

import com.piquetickets.domain.attendee.AttendeeId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** All tickets of a paid order are issued. */
public record CompleteOrderCommand(@TargetAggregateIdentifier OrderId orderId, List<AttendeeId> attendeeIds) {
}
