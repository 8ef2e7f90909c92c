package com.piquetickets.domain.show;

import java.math.BigDecimal;

/**
 * Seats of one ticket type as a buyer asks for them. {@code donationPerTicket} is an amount in the show's currency, for
 * pay-what-you-want types (null: none); the show knows its currency, the request does not need to.
 */
public record SeatRequest(TicketTypeId ticketTypeId, int quantity, BigDecimal donationPerTicket, boolean vip) {
}
