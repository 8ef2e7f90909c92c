package com.piquetickets.domain.order;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payment processor paid a refund back (for offline orders the producer did). */
public record RecordRefundCommand(@TargetAggregateIdentifier OrderId orderId, UUID refundId, String processorRefundId) {
}
