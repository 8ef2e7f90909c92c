package com.piquetickets.domain.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The seats of an order are held until {@code holdExpiresAt}; the order is priced and awaits payment by {@code paymentMethod}. */
@Revision("1")
public record OrderReservedEvent(OrderId orderId, OrderPricing pricing, Instant holdExpiresAt, PaymentMethod paymentMethod) {
}
