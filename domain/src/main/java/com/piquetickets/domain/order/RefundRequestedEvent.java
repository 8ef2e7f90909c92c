package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A refund of {@code amount} was decided; {@code full} when it brings the refunded total to what was paid. */
@Revision("1")
public record RefundRequestedEvent(OrderId orderId, UUID refundId, Money amount, String reason, boolean full, boolean automatic) {
}
