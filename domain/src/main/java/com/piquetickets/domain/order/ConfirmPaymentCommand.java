package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The money for an order arrived (Stripe said so, or the producer confirmed an offline payment). Confirming twice is a no-op. */
public record ConfirmPaymentCommand(
        @TargetAggregateIdentifier OrderId orderId,
        PaymentMethod method,
        Money amount,
        PaymentReference reference) {
}
