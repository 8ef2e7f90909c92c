package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.util.List;

/** The exact price of an order, decided when its seats are reserved. total = subtotal - discount + fees the buyer pays. */
public record OrderPricing(
        List<LinePrice> lines,
        String promoCode,
        Money subtotal,
        Money discount,
        Money platformFee,
        Money processingFee,
        boolean buyerPaysFees,
        Money total) {

    public OrderPricing {
        lines = List.copyOf(lines);
    }

    public int ticketCount() {
        return lines.stream().mapToInt(LinePrice::quantity).sum();
    }
}
