package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A fully refunded order gives its sold seats back, while the show has not started. */
public record ReturnTicketsCommand(@TargetAggregateIdentifier ShowId showId, OrderId orderId) {
}
