package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;

/** What an order costs and what was refunded of it. */
public record OrderTotals(
        Money subtotal,
        Money promoCodeDiscount,
        Money platformFees,
        Money paymentProcessingFees,
        Money total,
        Money refunded,
        boolean buyerPaysFees) {
}
