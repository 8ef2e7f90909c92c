package com.piquetickets.domain.order;

import java.time.Instant;

/**
 * What a Stripe Checkout Session for an order says: its price, the buyer's email, until when the seats are held, where
 * the money goes ({@code payoutAccountId}, null: the platform), how many sessions were opened before, and the session
 * still open for it, if any ({@code open}, null: none).
 */
public record CheckoutTerms(OrderId orderId, OrderPricing pricing, String buyerEmail, Instant holdExpiresAt,
                            String payoutAccountId, int sessionsOpened, OpenSession open) {

    /** A Checkout Session recorded on the order. */
    public record OpenSession(String sessionId, String checkoutUrl, Instant expiresAt) {
    }
}
