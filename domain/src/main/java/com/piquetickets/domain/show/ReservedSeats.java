package com.piquetickets.domain.show;

/** How many seats of one ticket type an order holds or bought. */
public record ReservedSeats(TicketTypeId ticketTypeId, int quantity) {
}
