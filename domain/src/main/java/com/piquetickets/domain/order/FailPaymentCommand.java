package com.piquetickets.domain.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payment of an order failed for good; the order is cancelled and its seats released. */
public record FailPaymentCommand(@TargetAggregateIdentifier OrderId orderId, String reason) {
}
