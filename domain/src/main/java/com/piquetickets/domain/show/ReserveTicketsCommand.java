package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks a show to hold seats for an order. The show decides everything about it: whether it can, the price, the payment
 * method ({@code requestedMethod}, or the default; FREE when the total is zero) and how long the hold lasts. Answers a
 * {@link ReservationDecision}; a refusal the show can tell by looking (an unknown ticket type) writes no event.
 */
public record ReserveTicketsCommand(
        @TargetAggregateIdentifier ShowId showId,
        OrderId orderId,
        List<SeatRequest> seats,
        String promoCode,
        PaymentMethod requestedMethod) {

    public ReserveTicketsCommand {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }
}
