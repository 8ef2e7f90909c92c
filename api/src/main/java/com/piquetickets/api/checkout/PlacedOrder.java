package com.piquetickets.api.checkout;

import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to placing an order: where it stands, what it costs, and how to pay it. */
record PlacedOrder(UUID orderId, OrderStatus status, OffsetDateTime expiresAt, OrderTotals totals, Payment payment) {

    record Payment(PaymentMethod method, String checkoutUrl) {
    }

    static PlacedOrder of(OrderView order) {
        return new PlacedOrder(order.id(), order.status(), order.expiresAt(), order.totals(),
                new Payment(order.payment() == null ? null : order.payment().method(),
                        order.payment() == null ? null : order.payment().checkoutUrl()));
    }
}
