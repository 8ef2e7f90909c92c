package com.piquetickets.domain.order;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The buyer can pay at {@code checkoutUrl} until {@code expiresAt}. */
@Revision("1")
public record CheckoutSessionCreatedEvent(OrderId orderId, String sessionId, String checkoutUrl, Instant expiresAt) {
}
