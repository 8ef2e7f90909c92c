package com.piquetickets.domain.order;

import com.piquetickets.domain.attendee.AttendeeView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An order as the buyer, the producer and support see it. */
public record OrderView(
        UUID id,
        UUID showId,
        OrderStatus status,
        String firstName,
        String lastName,
        String email,
        String promoCode,
        List<OrderLineView> lines,
        OrderTotals totals,
        PaymentView payment,
        OffsetDateTime expiresAt,
        OffsetDateTime timeOfPurchase,
        String rejectionReason,
        List<AttendeeView> attendees,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
