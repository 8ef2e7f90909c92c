package com.piquetickets.command.order;

import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.AggregateCaches;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.CheckoutSessionCreatedEvent;
import com.piquetickets.domain.order.CheckoutTerms;
import com.piquetickets.domain.order.ClosedOrder;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.FailPaymentCommand;
import com.piquetickets.domain.order.OrderCompletedEvent;
import com.piquetickets.domain.order.OrderExpiredEvent;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.order.OrderRejectedEvent;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.order.PrepareCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReservationDecision.SeatsHeld;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.show.ShowId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A buyer's order: placed with what its show decided about the seats (held and priced, or refused), paid (free orders
 * at once), completed when its tickets are issued, and possibly refunded. It keeps what the later steps need (show,
 * buyer, lines, price, payment method, hold, payout account, Checkout Sessions), so they read nothing else. Payment
 * news is decided by state, so duplicate and out-of-order deliveries are no-ops; money that arrives after the order
 * expired is still recorded, so the saga finds seats or refunds it. Inputs are checked by {@link OrderInputs}.
 *
 * <p>Cached between commands ({@link AggregateCaches}).
 */
@Aggregate(cache = AggregateCaches.ORDER)
class Order {

    @AggregateIdentifier
    private OrderId orderId;
    private ShowId showId;
    private Buyer buyer;
    private List<OrderLine> lines;
    private OrderStatus status;
    /** Why the show refused the seats, when it did. */
    private String rejection;
    private boolean reserved;
    private OrderPricing pricing;
    private PaymentMethod method;
    private Instant holdExpiresAt;
    private String payoutAccountId;
    /** Every Checkout Session opened for the order, oldest first, and the last one. */
    private List<String> sessionIds = new ArrayList<>();
    private CheckoutTerms.OpenSession lastSession;
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

    // ---- placing: what the show decided ---------------------------------------------------------------------------

    /** Placed with the show's answer; a refusal that the show did not record is a mistake in the request: no order. */
    @CommandHandler
    Order(PlaceOrderCommand command, OrderLimits limits) {
        if (command.showId() == null) {
            throw new InvalidInputException("showId", "is required");
        }
        Buyer buyer = OrderInputs.buyer(command.buyer());
        List<OrderLine> lines = OrderInputs.lines(command.lines(), limits);
        String promoCode = OrderInputs.promoCode(command.promoCode());
        ReservationDecision decision = requireRecorded(command.decision());
        apply(new OrderPlacedEvent(command.orderId(), command.showId(), buyer, lines, promoCode, command.requestedMethod()));
        switch (decision) {
            case SeatsHeld held -> {
                apply(new OrderReservedEvent(command.orderId(), held.pricing(), held.holdExpiresAt(), held.method(),
                        held.payoutAccountId()));
                if (held.method() == PaymentMethod.FREE) {
                    apply(new PaymentConfirmedEvent(command.orderId(), PaymentMethod.FREE,
                            Money.zero(held.pricing().total().currency()), null, false, command.showId(), buyer, lines,
                            held.pricing()));
                }
            }
            case SeatsRefused refused -> apply(new OrderRejectedEvent(command.orderId(), refused.reason().code(),
                    refused.message()));
        }
    }

    private static ReservationDecision requireRecorded(ReservationDecision decision) {
        switch (decision) {
            case null -> throw new InvalidInputException("decision", "is required: the show's answer for the seats");
            case SeatsRefused refused when !refused.recorded() ->
                    throw new RuleViolationException(refused.reason().code(), refused.message());
            case SeatsRefused refused -> {
            }
            case SeatsHeld held -> {
                if (held.pricing() == null || held.method() == null || held.holdExpiresAt() == null) {
                    throw new InvalidInputException("decision", "held seats need a price, a payment method and a hold expiry");
                }
                boolean free = held.pricing().total().signum() == 0;
                if (free != (held.method() == PaymentMethod.FREE)) {
                    throw new RuleViolationException("payment-method-mismatch", free
                            ? "an order that costs nothing is paid FREE, not " + held.method()
                            : "an order that costs " + held.pricing().total() + " cannot be FREE");
                }
            }
        }
        return decision;
    }

    // ---- payment --------------------------------------------------------------------------------------------------

    /** What a Checkout Session must say; refused when the order cannot be paid by card now. Changes nothing. */
    @CommandHandler
    CheckoutTerms handle(PrepareCheckoutSessionCommand command, Clock clock) {
        if (status == OrderStatus.REJECTED) {
            throw new RuleViolationException("order-rejected", "order " + orderId + " was refused: " + rejection);
        }
        requireReserved();
        requireStripe();
        if (paid) {
            throw new RuleViolationException("order-paid", "order " + orderId + " is already paid");
        }
        if (status == OrderStatus.CANCELLED) {
            throw new RuleViolationException("order-cancelled",
                    "order " + orderId + " was cancelled after its payment failed; place a new order");
        }
        Instant now = clock.instant();
        if (status == OrderStatus.EXPIRED || !now.isBefore(holdExpiresAt)) {
            throw new RuleViolationException("order-expired",
                    "the seats of order " + orderId + " were held until " + holdExpiresAt + "; place a new order");
        }
        boolean lastIsOpen = lastSession != null && (lastSession.expiresAt() == null || now.isBefore(lastSession.expiresAt()));
        return new CheckoutTerms(orderId, pricing, buyer.email(), holdExpiresAt, payoutAccountId, sessionIds.size(),
                lastIsOpen ? lastSession : null);
    }

    @CommandHandler
    void handle(RecordCheckoutSessionCommand command) {
        String sessionId = Inputs.required("sessionId", command.sessionId(), MAX_TEXT_LENGTH);
        if (sessionIds.contains(sessionId)) {
            return;
        }
        requireReserved();
        requireStripe();
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
        Money total = pricing.total();
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
        apply(new PaymentConfirmedEvent(orderId, command.method(), command.amount(), command.reference(), afterExpiry,
                showId, buyer, lines, pricing));
    }

    /** Closes an unpaid order whose payment failed: answers what to release and expire, or null when not closed. */
    @CommandHandler
    ClosedOrder handle(FailPaymentCommand command) {
        if (paid || status != OrderStatus.PENDING_PAYMENT) {
            return null;
        }
        apply(new PaymentFailedEvent(orderId, Inputs.optional("reason", command.reason(), MAX_TEXT_LENGTH)));
        return new ClosedOrder(showId, sessionIds);
    }

    /** Closes an unpaid order whose hold ran out: answers what to release and expire, or null when not closed. */
    @CommandHandler
    ClosedOrder handle(ExpireOrderCommand command) {
        if (paid || status != OrderStatus.PENDING_PAYMENT) {
            return null;
        }
        apply(new OrderExpiredEvent(orderId));
        return new ClosedOrder(showId, sessionIds);
    }

    @CommandHandler
    void handle(CompleteOrderCommand command) {
        if (!paid || completed) {
            return;
        }
        int ticketCount = pricing.ticketCount();
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
        buyer = event.buyer();
        lines = event.lines();
        status = OrderStatus.PENDING_PAYMENT;
    }

    @EventSourcingHandler
    void on(OrderReservedEvent event) {
        reserved = true;
        pricing = event.pricing();
        method = event.paymentMethod();
        holdExpiresAt = event.holdExpiresAt();
        payoutAccountId = event.payoutAccountId();
        requestedRefunds = Money.zero(pricing.total().currency());
        recordedRefunds = requestedRefunds;
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = OrderStatus.REJECTED;
        rejection = event.message() == null ? event.reason() : event.message();
    }

    @EventSourcingHandler
    void on(CheckoutSessionCreatedEvent event) {
        sessionIds.add(event.sessionId());
        lastSession = new CheckoutTerms.OpenSession(event.sessionId(), event.checkoutUrl(), event.expiresAt());
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
                    "order " + orderId + " has no seats reserved, so it has no price to pay");
        }
    }

    private void requireStripe() {
        if (method != PaymentMethod.STRIPE) {
            throw new RuleViolationException("not-a-stripe-order",
                    "order " + orderId + " is paid " + method + "; only a STRIPE order has a checkout session");
        }
    }
}
