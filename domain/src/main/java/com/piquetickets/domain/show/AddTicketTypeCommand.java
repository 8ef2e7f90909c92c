package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a ticket type to a show. */
public record AddTicketTypeCommand(@TargetAggregateIdentifier ShowId showId, TicketTypeId ticketTypeId, TicketTypeSpec spec) {
}
