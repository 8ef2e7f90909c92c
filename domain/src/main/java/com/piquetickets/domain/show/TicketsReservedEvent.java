package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.producer.ProducerId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Seats are held for an order until {@code holdExpiresAt}, at this price, to be paid by {@code paymentMethod}; promo
 * code uses are counted. Revision 2 added the method, the show's producer and the connected account its card payments
 * go to (null in revision 1 events, upcast).
 */
@Revision("2")
public record TicketsReservedEvent(ShowId showId, OrderId orderId, OrderPricing pricing, PaymentMethod paymentMethod,
                                   Instant holdExpiresAt, ProducerId producerId, String payoutAccountId) {
}
