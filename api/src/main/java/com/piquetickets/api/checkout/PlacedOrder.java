package com.piquetickets.api.checkout;

import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The answer to placing an order: where it stands, what it costs, until when its seats are held, and how to pay it.
 * {@code paymentUrl} (card payments) opens the Stripe Checkout Session on our API and redirects to it.
 */
record PlacedOrder(UUID orderId, OrderStatus status, OffsetDateTime expiresAt, OrderTotals totals, Payment payment,
                   String paymentUrl) {

    record Payment(PaymentMethod method, String checkoutUrl) {
    }

    static String paymentUrl(UUID orderId) {
        return "/api/orders/" + orderId + "/payment";
    }
}
