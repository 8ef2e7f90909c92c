package com.piquetickets.domain.order;

import org.axonframework.serialization.Revision;

/** The payment of an order failed; the order is cancelled. */
@Revision("1")
public record PaymentFailedEvent(OrderId orderId, String reason) {
}
