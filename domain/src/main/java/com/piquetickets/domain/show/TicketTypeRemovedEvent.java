package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show stopped offering a ticket type. */
@Revision("1")
public record TicketTypeRemovedEvent(ShowId showId, TicketTypeId ticketTypeId) {
}
