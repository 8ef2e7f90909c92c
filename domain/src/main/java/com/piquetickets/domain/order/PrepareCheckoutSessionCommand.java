package com.piquetickets.domain.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks an order for what a Stripe Checkout Session for it must say ({@link CheckoutTerms}); refused when the order
 * cannot be paid by card now (paid, expired, refused, or not a card order). Changes nothing.
 */
public record PrepareCheckoutSessionCommand(@TargetAggregateIdentifier OrderId orderId) {
}
