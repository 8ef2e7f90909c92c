package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Money went back to the buyer; {@code totalRefunded} is the sum so far and {@code full} says whether that is all of it. */
@Revision("1")
public record OrderRefundedEvent(
        OrderId orderId,
        UUID refundId,
        Money amount,
        Money totalRefunded,
        boolean full,
        String processorRefundId) {
}
