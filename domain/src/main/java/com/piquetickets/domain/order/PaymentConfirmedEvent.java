package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An order is paid. {@code afterExpiry} when the payment came after the hold had expired: its seats must be found again
 * or the money refunded. It carries what fulfilling the order needs (its show, buyer, lines and price), so that the
 * checkout saga starts here and reads nothing else. Revision 2 added those (null in revision 1 events, upcast).
 */
@Revision("2")
public record PaymentConfirmedEvent(
        OrderId orderId,
        PaymentMethod method,
        Money amount,
        PaymentReference reference,
        boolean afterExpiry,
        ShowId showId,
        Buyer buyer,
        List<OrderLine> lines,
        OrderPricing pricing) {
}
