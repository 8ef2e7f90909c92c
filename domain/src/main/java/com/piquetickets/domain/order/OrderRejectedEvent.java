package com.piquetickets.domain.order;

import org.axonframework.serialization.Revision;

/** An order was refused ({@code reason} is a code such as sold-out, not-on-sale, promo-code-invalid). */
@Revision("1")
public record OrderRejectedEvent(OrderId orderId, String reason, String message) {
}
