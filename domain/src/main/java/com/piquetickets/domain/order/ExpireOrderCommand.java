package com.piquetickets.domain.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The hold of an unpaid order ran out. */
public record ExpireOrderCommand(@TargetAggregateIdentifier OrderId orderId) {
}
