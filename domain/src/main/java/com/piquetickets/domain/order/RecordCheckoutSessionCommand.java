package com.piquetickets.domain.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A Stripe Checkout Session was opened for an order. */
public record RecordCheckoutSessionCommand(
        @TargetAggregateIdentifier OrderId orderId,
        String sessionId,
        String checkoutUrl,
        Instant expiresAt) {
}
