package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.serialization.Revision;

/** A late payment found no seats left: the order cannot be ticketed and must be refunded. */
@Revision("1")
public record ReservationConfirmationRejectedEvent(ShowId showId, OrderId orderId, ReservationRejection reason, String message) {
}
