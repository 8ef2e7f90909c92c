package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Held seats of an order are free again, and its promo code use is given back. */
@Revision("1")
public record ReservationReleasedEvent(ShowId showId, OrderId orderId, List<ReservedSeats> seats, String reason) {
}
