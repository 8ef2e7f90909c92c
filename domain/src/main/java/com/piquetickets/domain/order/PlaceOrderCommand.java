package com.piquetickets.domain.order;

import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a buyer's order with what its show decided about the seats: held (priced, and paid at once when free) or
 * refused. Placed in the same unit of work as the {@code ReserveTicketsCommand} that made {@code decision}.
 */
public record PlaceOrderCommand(
        @TargetAggregateIdentifier OrderId orderId,
        ShowId showId,
        Buyer buyer,
        List<OrderLine> lines,
        String promoCode,
        PaymentMethod requestedMethod,
        ReservationDecision decision) {
}
