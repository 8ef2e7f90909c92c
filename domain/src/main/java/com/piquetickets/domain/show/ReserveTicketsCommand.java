package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the show to hold seats for an order until {@code holdExpiresAt}. The show is the one place that decides capacity, promo codes, price and whether it takes the payment method. */
public record ReserveTicketsCommand(
        @TargetAggregateIdentifier ShowId showId,
        OrderId orderId,
        List<OrderLine> lines,
        String promoCode,
        PaymentMethod paymentMethod,
        Instant holdExpiresAt) {
}
