package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.util.UUID;

/** One line of an order with its per-ticket prices (SCHEMA ticket_order). */
public record OrderLineView(
        UUID id,
        UUID ticketTypeId,
        String ticketTypeName,
        int quantity,
        Money pricePerTicket,
        Money donationAmount,
        Money discountAmount,
        Money totalPrice,
        String promoCode,
        boolean isVip) {
}
