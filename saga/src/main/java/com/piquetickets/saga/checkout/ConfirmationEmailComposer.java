package com.piquetickets.saga.checkout;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.List;

/**
 * Writes the confirmation email of a completed order: one ticket (QR code of its signed ticket code) per seat. The checkout
 * saga queues what this returns; an implementation looks up what it needs about the show itself.
 */
public interface ConfirmationEmailComposer {

    EmailMessage compose(OrderConfirmation confirmation);

    /** A completed order as the saga knows it. */
    record OrderConfirmation(
            OrderId orderId,
            ShowId showId,
            Buyer buyer,
            PaymentMethod paymentMethod,
            OrderPricing pricing,
            List<Ticket> tickets) {

        public OrderConfirmation {
            tickets = List.copyOf(tickets);
        }
    }

    /** One issued ticket: its signed code (what its QR code encodes) names {@code attendeeId}. */
    record Ticket(AttendeeId attendeeId, TicketTypeId ticketTypeId, String ticketTypeName, AttendeeName attendee, boolean vip) {
    }
}
