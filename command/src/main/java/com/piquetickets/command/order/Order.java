package com.piquetickets.command.order;

import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.AggregateCaches;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.CheckoutSessionCreatedEvent;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.FailPaymentCommand;
import com.piquetickets.domain.order.OrderCompletedEvent;
import com.piquetickets.domain.order.OrderExpiredEvent;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.order.OrderRejectedEvent;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.order.RecordCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RecordReservationCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.order.RejectOrderCommand;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A buyer's order: placed, priced when the show reserves its seats, paid (or free), completed when its tickets are
 * issued, and possibly refunded. Payment news is decided by state, so duplicate and out-of-order deliveries are
 * no-ops; money that arrives after the order expired is still recorded, so the saga finds seats or refunds it.
 *
 * <p>Cached between commands ({@link AggregateCaches}).
 */
@Aggregate(cache = AggregateCaches.ORDER)
class Order {

    static final int MAX_PERSON_NAME_LENGTH = 100;
    private static final Pattern PROMO_CODE = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    @AggregateIdentifier
    private OrderId orderId;
    private ShowId showId;
    private OrderStatus status;
    private boolean reserved;
    private PaymentMethod method;
    private Money total;
    private int ticketCount;
    private Set<String> sessionIds = new HashSet<>();
    private boolean paid;
    private Money paidAmount;
    private String paymentIntentId;
    private boolean completed;
    private List<AttendeeId> attendeeIds = new ArrayList<>();
    /** Each refund decided, by refund id: its amount and whether the money went back. */
    private Map<UUID, Refund> refunds = new HashMap<>();
    private Money requestedRefunds;
    private Money recordedRefunds;

    record Refund(Money amount, boolean recorded) {
    }

    Order() {
        // for Axon
    }

    // ---- placing and reserving ------------------------------------------------------------------------------------

    @CommandHandler
    Order(PlaceOrderCommand command, OrderLimits limits) {
        if (command.showId() == null) {
            throw new InvalidInputException("showId", "is required");
        }
        Buyer buyer = validated(command.buyer());
        List<OrderLine> lines = validated(command.lines(), limits);
        String promoCode = Inputs.optional("promoCode", command.promoCode(), 32);
        if (promoCode != null && !PROMO_CODE.matcher(promoCode).matches()) {
            throw new InvalidInputException("promoCode", "must be 3 to 32 letters, digits, '_' or '-'");
        }
        if (command.paymentMethod() == PaymentMethod.FREE) {
            throw new InvalidInputException("paymentMethod",
                    "FREE is not asked for: an order that costs nothing is free by its price (choose STRIPE or OFFLINE, or leave it out)");
        }
        apply(new OrderPlacedEvent(command.orderId(), command.showId(), buyer, lines, promoCode, command.paymentMethod()));
    }

    @CommandHandler
    void handle(RecordReservationCommand command) {
        if (reserved) {
            return; // the saga retried
        }
        requirePending("record a reservation");
        if (command.pricing() == null) {
            throw new InvalidInputException("pricing", "is required");
        }
        if (command.holdExpiresAt() == null) {
            throw new InvalidInputException("holdExpiresAt", "is required");
        }
        if (command.paymentMethod() == null) {
            throw new InvalidInputException("paymentMethod", "is required");
        }
        boolean free = command.pricing().total().signum() == 0;
        if (free != (command.paymentMethod() == PaymentMethod.FREE)) {
            throw new RuleViolationException("payment-method-mismatch", free
                    ? "an order that costs nothing is paid FREE, not " + command.paymentMethod()
                    : "an order that costs " + command.pricing().total() + " cannot be FREE");
        }
        apply(new OrderReservedEvent(orderId, command.pricing(), command.holdExpiresAt(), command.paymentMethod()));
    }

    @CommandHandler
    void handle(RejectOrderCommand command) {
        if (status == OrderStatus.REJECTED) {
            return;
        }
        requirePending("reject it");
        if (paid) {
            throw new RuleViolationException("order-paid", "order " + orderId + " is paid; refund it instead of rejecting it");
        }
        String reason = Inputs.required("reason", command.reason(), MAX_TEXT_LENGTH);
        apply(new OrderRejectedEvent(orderId, reason, Inputs.optional("message", command.message(), MAX_TEXT_LENGTH)));
    }

    // ---- payment --------------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordCheckoutSessionCommand command) {
        String sessionId = Inputs.required("sessionId", command.sessionId(), MAX_TEXT_LENGTH);
        if (sessionIds.contains(sessionId)) {
            return;
        }
        requireReserved();
        if (method != PaymentMethod.STRIPE) {
            throw new RuleViolationException("not-a-stripe-order",
                    "order " + orderId + " is paid " + method + "; only a STRIPE order has a checkout session");
        }
        if (paid) {
            throw new RuleViolationException("order-paid", "order " + orderId + " is already paid");
        }
        requirePending("open a checkout session");
        String checkoutUrl = Inputs.httpUrl("checkoutUrl", command.checkoutUrl());
        if (checkoutUrl == null) {
            throw new InvalidInputException("checkoutUrl", "is required");
        }
        apply(new CheckoutSessionCreatedEvent(orderId, sessionId, checkoutUrl, command.expiresAt()));
    }

    @CommandHandler
    void handle(ConfirmPaymentCommand command) {
        if (paid) {
            return; // a duplicate or late duplicate delivery
        }
        requireReserved();
        if (command.method() != method) {
            throw new RuleViolationException("payment-method-mismatch", command.method() == PaymentMethod.OFFLINE
                    ? "order " + orderId + " is paid " + method + "; only an OFFLINE order takes an offline payment"
                    : "order " + orderId + " is paid " + method + ", not " + command.method());
        }
        if (command.amount() == null) {
            throw new InvalidInputException("amount", "is required");
        }
        if (!command.amount().currency().equals(total.currency())) {
            throw new InvalidInputException("amount", "must be in the currency of the order, " + total.currency());
        }
        if (command.amount().signum() < 0) {
            throw new InvalidInputException("amount", "must not be negative");
        }
        boolean afterExpiry = status != OrderStatus.PENDING_PAYMENT;
        apply(new PaymentConfirmedEvent(orderId, command.method(), command.amount(), command.reference(), afterExpiry));
    }

    @CommandHandler
    void handle(FailPaymentCommand command) {
        if (paid || status != OrderStatus.PENDING_PAYMENT) {
            return;
        }
        apply(new PaymentFailedEvent(orderId, Inputs.optional("reason", command.reason(), MAX_TEXT_LENGTH)));
    }

    @CommandHandler
    void handle(ExpireOrderCommand command) {
        if (paid || status != OrderStatus.PENDING_PAYMENT) {
            return;
        }
        apply(new OrderExpiredEvent(orderId));
    }

    @CommandHandler
    void handle(CompleteOrderCommand command) {
        if (!paid || completed) {
            return;
        }
        List<AttendeeId> ids = command.attendeeIds() == null ? List.of() : command.attendeeIds();
        if (ids.size() != ticketCount || Set.copyOf(ids).size() != ids.size()) {
            throw new InvalidInputException("attendeeIds",
                    "must name " + ticketCount + " distinct tickets, one per seat of the order");
        }
        apply(new OrderCompletedEvent(orderId, List.copyOf(ids)));
    }

    // ---- refunds --------------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RequestRefundCommand command) {
        if (command.refundId() == null) {
            throw new InvalidInputException("refundId", "is required");
        }
        if (refunds.containsKey(command.refundId())) {
            return;
        }
        if (!paid) {
            throw new RuleViolationException("order-not-paid", "order " + orderId + " is not paid; there is nothing to refund");
        }
        Money refundable = paidAmount.minus(requestedRefunds);
        if (refundable.signum() <= 0) {
            throw new RuleViolationException("nothing-to-refund", paidAmount.signum() == 0
                    ? "order " + orderId + " was free; there is nothing to refund"
                    : "all " + paidAmount + " of order " + orderId + " is refunded or being refunded");
        }
        Money amount = command.amount() == null ? refundable : command.amount();
        if (!amount.currency().equals(paidAmount.currency())) {
            throw new InvalidInputException("amount", "must be in the currency of the order, " + paidAmount.currency());
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (refundable.isLessThan(amount)) {
            throw new RuleViolationException("refund-exceeds-paid",
                    "at most " + refundable + " of order " + orderId + " can still be refunded, not " + amount);
        }
        boolean full = requestedRefunds.plus(amount).equals(paidAmount);
        apply(new RefundRequestedEvent(orderId, command.refundId(), amount,
                Inputs.optional("reason", command.reason(), MAX_TEXT_LENGTH), full, command.automatic(), showId, method,
                paymentIntentId, List.copyOf(attendeeIds)));
    }

    @CommandHandler
    void handle(RecordRefundCommand command) {
        Refund refund = command.refundId() == null ? null : refunds.get(command.refundId());
        if (refund == null) {
            throw new RuleViolationException("unknown-refund",
                    "order " + orderId + " has no refund " + command.refundId() + "; request it first");
        }
        if (refund.recorded()) {
            return;
        }
        Money totalRefunded = recordedRefunds.plus(refund.amount());
        apply(new OrderRefundedEvent(orderId, command.refundId(), refund.amount(), totalRefunded,
                totalRefunded.equals(paidAmount), Inputs.optional("processorRefundId", command.processorRefundId(), MAX_TEXT_LENGTH)));
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        showId = event.showId();
        status = OrderStatus.PENDING_PAYMENT;
    }

    @EventSourcingHandler
    void on(OrderReservedEvent event) {
        reserved = true;
        method = event.paymentMethod();
        total = event.pricing().total();
        ticketCount = event.pricing().ticketCount();
        requestedRefunds = Money.zero(total.currency());
        recordedRefunds = Money.zero(total.currency());
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = OrderStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(CheckoutSessionCreatedEvent event) {
        sessionIds.add(event.sessionId());
    }

    @EventSourcingHandler
    void on(PaymentConfirmedEvent event) {
        paid = true;
        paidAmount = event.amount();
        paymentIntentId = event.reference() == null ? null : event.reference().paymentIntentId();
    }

    @EventSourcingHandler
    void on(PaymentFailedEvent event) {
        status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderExpiredEvent event) {
        status = OrderStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent event) {
        completed = true;
        attendeeIds = new ArrayList<>(event.attendeeIds());
        status = OrderStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(RefundRequestedEvent event) {
        refunds.put(event.refundId(), new Refund(event.amount(), false));
        requestedRefunds = requestedRefunds.plus(event.amount());
    }

    @EventSourcingHandler
    void on(OrderRefundedEvent event) {
        refunds.computeIfPresent(event.refundId(), (id, refund) -> new Refund(refund.amount(), true));
        recordedRefunds = event.totalRefunded();
        status = event.full() ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    private void requirePending(String action) {
        if (status != OrderStatus.PENDING_PAYMENT) {
            throw new RuleViolationException("order-not-pending",
                    "order " + orderId + " is " + status + "; cannot " + action);
        }
    }

    private void requireReserved() {
        if (!reserved) {
            throw new RuleViolationException("order-not-reserved",
                    "order " + orderId + " has no seats reserved yet, so it has no price to pay");
        }
    }

    private static Buyer validated(Buyer buyer) {
        if (buyer == null) {
            throw new InvalidInputException("buyer", "is required");
        }
        return new Buyer(
                Inputs.required("buyer.firstName", buyer.firstName(), MAX_PERSON_NAME_LENGTH),
                Inputs.required("buyer.lastName", buyer.lastName(), MAX_PERSON_NAME_LENGTH),
                Inputs.email("buyer.email", buyer.email()));
    }

    private static List<OrderLine> validated(List<OrderLine> lines, OrderLimits limits) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("lines", "an order needs at least one line");
        }
        Set<TicketTypeId> seen = new HashSet<>();
        List<OrderLine> valid = new ArrayList<>(lines.size());
        long tickets = 0;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                throw new InvalidInputException(field, "is required");
            }
            if (line.ticketTypeId() == null) {
                throw new InvalidInputException(field + ".ticketTypeId", "is required");
            }
            if (!seen.add(line.ticketTypeId())) {
                throw new InvalidInputException(field + ".ticketTypeId",
                        "ticket type " + line.ticketTypeId() + " is on more than one line; order it once with a higher quantity");
            }
            if (line.quantity() < 1) {
                throw new InvalidInputException(field + ".quantity", "must be at least 1");
            }
            if (line.donationPerTicket() != null && line.donationPerTicket().signum() < 0) {
                throw new InvalidInputException(field + ".donationPerTicket", "must not be negative");
            }
            if (line.attendees().size() > line.quantity()) {
                throw new InvalidInputException(field + ".attendees",
                        "names " + line.attendees().size() + " attendees for " + line.quantity() + " tickets");
            }
            List<AttendeeName> attendees = new ArrayList<>(line.attendees().size());
            for (int j = 0; j < line.attendees().size(); j++) {
                attendees.add(validated(field + ".attendees[" + j + "]", line.attendees().get(j)));
            }
            tickets += line.quantity();
            valid.add(new OrderLine(line.ticketTypeId(), line.quantity(), line.donationPerTicket(), line.vip(), attendees));
        }
        if (tickets > limits.maxTicketsPerOrder()) {
            throw new InvalidInputException("lines",
                    "an order has at most " + limits.maxTicketsPerOrder() + " tickets; this one has " + tickets);
        }
        return valid;
    }

    /** A named attendee: first and last name required, email optional but valid when given. */
    private static AttendeeName validated(String field, AttendeeName attendee) {
        if (attendee == null) {
            throw new InvalidInputException(field, "is required");
        }
        String email = attendee.email() == null || attendee.email().isBlank() ? null : Inputs.email(field + ".email", attendee.email());
        return new AttendeeName(
                Inputs.required(field + ".firstName", attendee.firstName(), MAX_PERSON_NAME_LENGTH),
                Inputs.required(field + ".lastName", attendee.lastName(), MAX_PERSON_NAME_LENGTH),
                email);
    }
}
