package com.piquetickets.domain.order;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The show reserved the seats of an order: price it and start waiting for payment until the hold expires. */
public record RecordReservationCommand(
        @TargetAggregateIdentifier OrderId orderId,
        OrderPricing pricing,
        Instant holdExpiresAt,
        PaymentMethod paymentMethod) {
}
