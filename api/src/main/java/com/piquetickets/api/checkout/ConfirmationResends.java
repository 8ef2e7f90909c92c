package com.piquetickets.api.checkout;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLineView;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.OrderConfirmation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends the confirmation email of an order again (the buyer lost it, or typed a wrong address and support fixed it):
 * the same tickets, rebuilt from the order as the read model has it, as a new tracked email. Voided tickets are left out.
 */
@Component
class ConfirmationResends {

    private static final Set<OrderStatus> TICKETED = EnumSet.of(OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED);

    private final ConfirmationEmailComposer composer;

    ConfirmationResends(ConfirmationEmailComposer composer) {
        this.composer = composer;
    }

    SendEmailCommand resend(OrderView order) {
        if (!TICKETED.contains(order.status())) {
            throw new RuleViolationException("order-not-ticketed",
                    "only an order with valid tickets has a confirmation to resend (this one is " + order.status() + ")");
        }
        Map<UUID, OrderLineView> lines = order.lines().stream()
                .collect(Collectors.toMap(OrderLineView::ticketTypeId, Function.identity(), (a, b) -> a));
        List<ConfirmationEmailComposer.Ticket> tickets = order.attendees().stream()
                .filter(attendee -> !attendee.voided())
                .map(attendee -> ticket(attendee, lines.get(attendee.ticketTypeId())))
                .toList();
        OrderConfirmation confirmation = new OrderConfirmation(new OrderId(order.id()), new ShowId(order.showId()),
                new Buyer(order.firstName(), order.lastName(), order.email()), order.payment().method(),
                pricing(order), tickets);
        return new SendEmailCommand(new EmailId(UUID.randomUUID()), EmailPurpose.ORDER_CONFIRMATION_RESEND,
                new OrderId(order.id()), composer.compose(confirmation));
    }

    private static ConfirmationEmailComposer.Ticket ticket(AttendeeView attendee, OrderLineView line) {
        return new ConfirmationEmailComposer.Ticket(new AttendeeId(attendee.uuid()), new TicketTypeId(attendee.ticketTypeId()),
                line == null ? "Ticket" : line.ticketTypeName(),
                new AttendeeName(attendee.firstName(), attendee.lastName(), attendee.email()), attendee.isVip());
    }

    private static OrderPricing pricing(OrderView order) {
        OrderTotals totals = order.totals();
        List<LinePrice> lines = order.lines().stream()
                .map(line -> new LinePrice(new TicketTypeId(line.ticketTypeId()), line.ticketTypeName(), line.quantity(),
                        line.pricePerTicket(), line.donationAmount(), line.discountAmount(), line.totalPrice(), line.isVip()))
                .toList();
        return new OrderPricing(lines, order.promoCode(), totals.subtotal(), totals.promoCodeDiscount(),
                totals.platformFees(), totals.paymentProcessingFees(), totals.buyerPaysFees(), totals.total());
    }
}
