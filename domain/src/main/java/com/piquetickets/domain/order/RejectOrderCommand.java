package com.piquetickets.domain.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The show refused the seats of an order. */
public record RejectOrderCommand(@TargetAggregateIdentifier OrderId orderId, String reason, String message) {
}
