package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The seats of an order are sold. {@code reinstated} when they had been released and were taken again. */
@Revision("1")
public record ReservationConfirmedEvent(ShowId showId, OrderId orderId, List<ReservedSeats> seats, boolean reinstated) {
}
