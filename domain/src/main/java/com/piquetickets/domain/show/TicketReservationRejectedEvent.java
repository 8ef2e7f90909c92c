package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.serialization.Revision;

/** The show refused to hold seats for an order; nothing was held. */
@Revision("1")
public record TicketReservationRejectedEvent(ShowId showId, OrderId orderId, ReservationRejection reason, String message) {
}
