package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show started offering a ticket type. */
@Revision("1")
public record TicketTypeAddedEvent(ShowId showId, TicketTypeId ticketTypeId, TicketTypeSpec spec) {
}
