package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces what a ticket type sells; the quantity can never drop below what is sold or held. */
public record ChangeTicketTypeCommand(@TargetAggregateIdentifier ShowId showId, TicketTypeId ticketTypeId, TicketTypeSpec spec) {
}
