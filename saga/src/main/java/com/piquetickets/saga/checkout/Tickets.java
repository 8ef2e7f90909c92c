package com.piquetickets.saga.checkout;

import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.Ticket;
import java.util.ArrayList;
import java.util.List;

/** The tickets of a paid order: one per seat, in order-line order, named after the line's attendee for that seat, else the buyer. */
final class Tickets {

    private Tickets() {
    }

    static List<Ticket> of(PaymentConfirmedEvent payment) {
        List<Ticket> tickets = new ArrayList<>();
        List<OrderLine> lines = payment.lines() == null ? List.of() : payment.lines();
        Buyer buyer = payment.buyer();
        int seat = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            OrderLine line = lines.get(lineIndex);
            LinePrice priced = pricedLine(payment, lineIndex, line);
            String typeName = priced != null ? priced.ticketTypeName() : null;
            boolean vip = priced != null ? priced.vip() : line.vip();
            for (int i = 0; i < line.quantity(); i++) {
                AttendeeName attendee = i < line.attendees().size()
                        ? line.attendees().get(i)
                        : new AttendeeName(buyer.firstName(), buyer.lastName(), buyer.email());
                tickets.add(new Ticket(CheckoutSaga.attendeeId(payment.orderId(), seat++), line.ticketTypeId(), typeName,
                        attendee, vip));
            }
        }
        return tickets;
    }

    /** The show's price of an order line: the priced line at the same position, else the first of the same type. */
    private static LinePrice pricedLine(PaymentConfirmedEvent payment, int lineIndex, OrderLine line) {
        List<LinePrice> priced = payment.pricing() == null ? List.of() : payment.pricing().lines();
        if (lineIndex < priced.size() && priced.get(lineIndex).ticketTypeId().equals(line.ticketTypeId())) {
            return priced.get(lineIndex);
        }
        return priced.stream().filter(p -> p.ticketTypeId().equals(line.ticketTypeId())).findFirst().orElse(null);
    }
}
