package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An order in a list. */
public record OrderSummary(
        UUID id,
        UUID showId,
        OrderStatus status,
        String firstName,
        String lastName,
        String email,
        Money total,
        int ticketCount,
        OffsetDateTime timeOfPurchase,
        OffsetDateTime createdAt) {
}
