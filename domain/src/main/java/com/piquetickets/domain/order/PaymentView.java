package com.piquetickets.domain.order;

/** How an order is (being) paid. {@code checkoutUrl} is where a Stripe buyer pays. */
public record PaymentView(
        PaymentMethod method,
        String sessionId,
        String paymentIntentId,
        String chargeId,
        String checkoutUrl,
        boolean success) {
}
