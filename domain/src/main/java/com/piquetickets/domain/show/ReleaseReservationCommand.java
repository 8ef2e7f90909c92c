package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the held seats of an unpaid order back (expired, payment failed, cancelled). Releasing twice is a no-op. */
public record ReleaseReservationCommand(@TargetAggregateIdentifier ShowId showId, OrderId orderId, String reason) {
}
