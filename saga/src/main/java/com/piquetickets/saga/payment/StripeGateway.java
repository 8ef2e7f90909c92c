package com.piquetickets.saga.payment;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.OrderPricing;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What checkout needs from Stripe. Every call that creates something takes an idempotency key, so a retried or
 * redelivered step never charges, refunds or opens a session twice.
 */
public interface StripeGateway {

    /** Opens a Checkout Session; {@code request.orderId()} becomes its client_reference_id. */
    CheckoutSession createCheckoutSession(CheckoutRequest request, String idempotencyKey);

    /** The session as Stripe has it now (the webhook is a trigger, this is the truth). */
    SessionState retrieveSession(String sessionId);

    /** Expires an open session so it can no longer be paid; an already expired or completed one is left alone. */
    void expireSession(String sessionId);

    /** Refunds {@code amount} of a payment; returns Stripe's refund id. */
    String refund(String paymentIntentId, Money amount, String idempotencyKey);

    /** One line of a session: a ticket type at its per-ticket price (fees come as their own line). */
    record LineItem(String name, long unitAmountMinor, int quantity) {
    }

    /**
     * A session to open. {@code connectedAccountId} and {@code applicationFeeMinor} are set for a destination charge to a
     * producer's connected account with charges enabled; both null otherwise.
     */
    record CheckoutRequest(
            String orderId,
            String currency,
            List<LineItem> lineItems,
            String customerEmail,
            Instant expiresAt,
            String successUrl,
            String cancelUrl,
            String connectedAccountId,
            Long applicationFeeMinor) {

        /**
         * The session for a priced order: a line per ticket type (and the booking fees), paid to
         * {@code connectedAccountId} as a destination charge that leaves the fees to the platform, or to the platform
         * itself when null.
         */
        public static CheckoutRequest forOrder(String orderId, OrderPricing pricing, String customerEmail, Instant expiresAt,
                                               String successUrl, String cancelUrl, String connectedAccountId) {
            return new CheckoutRequest(orderId, pricing.total().currency().toLowerCase(Locale.ROOT),
                    StripeLineItems.of(pricing), customerEmail, expiresAt, successUrl, cancelUrl, connectedAccountId,
                    connectedAccountId == null ? null : StripeLineItems.applicationFeeMinor(pricing));
        }
    }

    record CheckoutSession(String id, String url, Instant expiresAt) {
    }

    /**
     * A session as Stripe reports it: {@code status} open, complete or expired; {@code paymentStatus} paid, unpaid or
     * no_payment_required; {@code amountTotalMinor} in the smallest currency unit.
     */
    record SessionState(
            String id,
            String clientReferenceId,
            String status,
            String paymentStatus,
            String paymentIntentId,
            String chargeId,
            long amountTotalMinor,
            String currency) {

        public boolean paid() {
            return "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus);
        }
    }
}
