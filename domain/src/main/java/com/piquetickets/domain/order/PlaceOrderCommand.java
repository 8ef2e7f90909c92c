package com.piquetickets.domain.order;

import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A buyer asks for tickets. {@code paymentMethod} null means the default (Stripe when configured). */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier OrderId orderId,
        ShowId showId,
        Buyer buyer,
        List<OrderLine> lines,
        String promoCode,
        PaymentMethod paymentMethod) {
}
