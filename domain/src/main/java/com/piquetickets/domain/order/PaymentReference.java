package com.piquetickets.domain.order;

/** Where a payment is recorded outside (Stripe ids; null for free and offline payments, or a producer note). */
public record PaymentReference(String sessionId, String paymentIntentId, String chargeId, String note) {
}
