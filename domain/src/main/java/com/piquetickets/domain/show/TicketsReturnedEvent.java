package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Sold seats of a refunded order are on sale again. */
@Revision("1")
public record TicketsReturnedEvent(ShowId showId, OrderId orderId, List<ReservedSeats> seats) {
}
