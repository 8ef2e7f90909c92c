package com.piquetickets.domain.order;

import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A buyer placed an order; its seats are not reserved yet. */
@Revision("1")
public record OrderPlacedEvent(
        OrderId orderId,
        ShowId showId,
        Buyer buyer,
        List<OrderLine> lines,
        String promoCode,
        PaymentMethod requestedPaymentMethod) {
}
