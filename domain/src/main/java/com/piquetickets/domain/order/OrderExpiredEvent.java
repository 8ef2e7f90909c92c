package com.piquetickets.domain.order;

import org.axonframework.serialization.Revision;

/** An unpaid order expired; its seats are released. */
@Revision("1")
public record OrderExpiredEvent(OrderId orderId) {
}
