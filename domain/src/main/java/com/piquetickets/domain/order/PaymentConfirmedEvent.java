package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import org.axonframework.serialization.Revision;

/** An order is paid. {@code afterExpiry} when the payment came after the hold had expired: its seats must be found again or the money refunded. */
@Revision("1")
public record PaymentConfirmedEvent(
        OrderId orderId,
        PaymentMethod method,
        Money amount,
        PaymentReference reference,
        boolean afterExpiry) {
}
