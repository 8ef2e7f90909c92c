package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** What a ticket type sells was replaced. */
@Revision("1")
public record TicketTypeChangedEvent(ShowId showId, TicketTypeId ticketTypeId, TicketTypeSpec spec) {
}
