package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives money back: {@code amount} null means everything not yet refunded. {@code automatic} for refunds the system decides (a late payment with no seats left). */
public record RequestRefundCommand(
        @TargetAggregateIdentifier OrderId orderId,
        UUID refundId,
        Money amount,
        String reason,
        boolean automatic) {
}
