package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** The ticket page of a show has a new design. */
@Revision("1")
public record TicketPageDesignSetEvent(ShowId showId, TicketPageDesign design) {
}
