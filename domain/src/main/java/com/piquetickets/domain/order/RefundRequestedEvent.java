package com.piquetickets.domain.order;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.ShowId;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A refund of {@code amount} was decided; {@code full} when it brings the refunded total to what was paid. It carries what the refund needs: how and where the order was paid, and its tickets (voided on a full refund). */
@Revision("1")
public record RefundRequestedEvent(
        OrderId orderId,
        UUID refundId,
        Money amount,
        String reason,
        boolean full,
        boolean automatic,
        ShowId showId,
        PaymentMethod method,
        String paymentIntentId,
        List<AttendeeId> attendeeIds) {
}
