package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a ticket type that has nothing sold or held. */
public record RemoveTicketTypeCommand(@TargetAggregateIdentifier ShowId showId, TicketTypeId ticketTypeId) {
}
