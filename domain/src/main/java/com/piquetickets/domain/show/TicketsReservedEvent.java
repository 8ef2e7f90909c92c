package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Seats are held for an order until {@code holdExpiresAt}, at this price; promo code uses are counted. */
@Revision("1")
public record TicketsReservedEvent(ShowId showId, OrderId orderId, OrderPricing pricing, Instant holdExpiresAt) {
}
