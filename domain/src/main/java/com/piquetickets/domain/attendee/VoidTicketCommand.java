package com.piquetickets.domain.attendee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a ticket invalid (its order was refunded). Voiding twice is a no-op. */
public record VoidTicketCommand(@TargetAggregateIdentifier AttendeeId attendeeId, String reason) {
}
