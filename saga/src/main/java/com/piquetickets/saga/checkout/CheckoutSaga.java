package com.piquetickets.saga.checkout;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.RecordCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordReservationCommand;
import com.piquetickets.domain.order.RejectOrderCommand;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ConfirmReservationCommand;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.show.ReservationConfirmationRejectedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.OrderConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.Ticket;
import com.piquetickets.saga.payment.StripeGateway;
import com.piquetickets.saga.payment.StripeGateway.CheckoutRequest;
import com.piquetickets.saga.payment.StripeGateway.CheckoutSession;
import com.piquetickets.saga.payment.StripeGateway.LineItem;
import com.piquetickets.saga.support.Backoff;
import com.piquetickets.saga.support.SagaCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checkout of one order (ARCHITECTURE, checkout steps 2 to 7): reserve the seats, take the payment (free, Stripe or
 * offline), confirm the seats, issue one ticket per seat, complete the order and queue the confirmation email; release
 * the seats when the hold runs out or the payment fails, and keep listening for a payment that arrives late.
 *
 * <p>Associated with its order by {@value #ORDER_ID}. Ends when the order is rejected, ticketed, its payment failed,
 * its late payment was handed to a refund, the Stripe session could not be opened, or the late-payment window closed.
 *
 * <p>Redelivery: every step records its progress in the saga state after its command succeeded, and everything it
 * creates has a deterministic id (attendees, the confirmation email, the refund) or idempotency key (the Stripe session),
 * so handling an event again neither issues, charges nor emails twice. Resources are {@code transient}: the state
 * stored by Axon's Jackson serializer is the fields below, nothing else.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CheckoutSaga {

    public static final String ORDER_ID = "orderId";
    public static final String HOLD_EXPIRED = "hold-expired";
    public static final String RETRY_CHECKOUT_SESSION = "retry-checkout-session";
    public static final String LATE_PAYMENT_WINDOW_CLOSED = "late-payment-window-closed";

    /** Stripe refuses a session that expires sooner than this after it is created. */
    static final Duration STRIPE_MINIMUM_SESSION_LIFETIME = Duration.ofMinutes(30);
    /** Slack on top of Stripe's minimum, for the time the request takes and clocks that differ. */
    static final Duration STRIPE_SESSION_SLACK = Duration.ofMinutes(1);

    static final String LATE_PAYMENT_REFUND_REASON = "no seats left after a late payment";

    private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);

    /** Where the order is. */
    enum Stage {
        /** Seats asked for, not yet held. */
        RESERVING,
        /** Seats held until {@code holdExpiresAt}; waiting for the money. */
        AWAITING_PAYMENT,
        /** The hold ran out and the seats were released; a late payment is still handled until the window closes. */
        HOLD_EXPIRED,
        /** Paid; the show is asked to sell the seats. */
        CONFIRMING_SEATS,
        /** Seats sold; tickets, completion and email under way. */
        TICKETING
    }

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient Clock clock;
    @Autowired
    private transient CheckoutSettings settings;
    @Autowired
    private transient ConfirmationEmailComposer composer;
    /** Absent when Stripe is not configured: free and offline orders still check out. */
    @Autowired(required = false)
    private transient StripeGateway stripe;
    /** Absent: every card payment goes to the platform account. */
    @Autowired(required = false)
    private transient PayoutAccounts payouts;

    private OrderId orderId;
    private ShowId showId;
    private Buyer buyer;
    private List<OrderLine> lines;
    private String promoCode;
    private PaymentMethod requestedMethod;
    private Stage stage;

    private PaymentMethod method;
    private OrderPricing pricing;
    private Instant holdExpiresAt;
    private String holdDeadlineId;

    /** The producer's connected account a card payment goes to (a destination charge); null: the platform's. */
    private String connectedAccountId;
    private int sessionAttempts;
    private String sessionRetryDeadlineId;
    private String sessionId;

    private boolean paid;
    private String lateWindowDeadlineId;

    private int ticketsIssued;
    private boolean orderCompleted;
    private boolean emailQueued;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(OrderPlacedEvent event) {
        if (stage != null) {
            return; // redelivered: the seats were asked for already
        }
        orderId = event.orderId();
        showId = event.showId();
        buyer = event.buyer();
        lines = List.copyOf(event.lines());
        promoCode = event.promoCode();
        requestedMethod = event.requestedPaymentMethod() != null
                ? event.requestedPaymentMethod()
                : stripe != null ? PaymentMethod.STRIPE : PaymentMethod.OFFLINE;
        // The total is not known before the show prices the order: hold for the requested method, and treat a zero
        // total as free once reserved.
        Instant holdUntil = clock.instant().plus(settings.holdFor(requestedMethod));
        stage = Stage.RESERVING;
        try {
            send(new ReserveTicketsCommand(showId, orderId, lines, promoCode, requestedMethod, holdUntil));
        } catch (RuntimeException e) {
            // A refusal the show throws instead of publishing (say, no such show) still ends the order.
            RuntimeException rejection = SagaCommands.businessRejection(e).orElseThrow(() -> e);
            log.info("Order {}: the show refused to reserve: {}", orderId, rejection.getMessage());
            send(new RejectOrderCommand(orderId, ReservationRejection.INVALID_ORDER.code(), rejection.getMessage()));
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(TicketReservationRejectedEvent event) {
        send(new RejectOrderCommand(orderId, event.reason().code(), event.message()));
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(TicketsReservedEvent event) {
        if (stage != Stage.RESERVING) {
            return; // redelivered
        }
        pricing = event.pricing();
        holdExpiresAt = event.holdExpiresAt();
        method = pricing.total().signum() == 0 ? PaymentMethod.FREE : requestedMethod;
        if (method == PaymentMethod.STRIPE && payouts != null) {
            // Decided once, before any step is recorded: should the lookup fail, the event is simply handled again.
            connectedAccountId = payouts.connectedAccountFor(showId).orElse(null);
        }
        send(new RecordReservationCommand(orderId, pricing, holdExpiresAt, method));
        stage = Stage.AWAITING_PAYMENT;
        // Also for free orders: should the free confirmation never arrive, the seats still go back.
        holdDeadlineId = deadlineManager.schedule(holdExpiresAt, HOLD_EXPIRED);
        switch (method) {
            case FREE -> send(new ConfirmPaymentCommand(orderId, PaymentMethod.FREE, Money.zero(pricing.total().currency()), null));
            case STRIPE -> openCheckoutSession();
            case OFFLINE -> log.debug("Order {} waits for the producer to confirm an offline payment", orderId);
        }
    }

    @DeadlineHandler(deadlineName = RETRY_CHECKOUT_SESSION)
    public void retryCheckoutSession() {
        sessionRetryDeadlineId = null;
        if (stage == Stage.AWAITING_PAYMENT && sessionId == null) {
            openCheckoutSession();
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(PaymentConfirmedEvent event) {
        if (paid) {
            return; // a duplicate webhook or confirmation: the seats are being confirmed already
        }
        paid = true;
        holdDeadlineId = cancel(HOLD_EXPIRED, holdDeadlineId);
        sessionRetryDeadlineId = cancel(RETRY_CHECKOUT_SESSION, sessionRetryDeadlineId);
        lateWindowDeadlineId = cancel(LATE_PAYMENT_WINDOW_CLOSED, lateWindowDeadlineId);
        if (event.afterExpiry() || stage == Stage.HOLD_EXPIRED) {
            log.info("Order {}: payment arrived after the hold expired; asking the show for the seats again", orderId);
        }
        stage = Stage.CONFIRMING_SEATS;
        // Also after expiry: the show decides whether the released seats are still there.
        send(new ConfirmReservationCommand(showId, orderId));
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(ReservationConfirmedEvent event) {
        if (stage != Stage.CONFIRMING_SEATS && stage != Stage.TICKETING) {
            log.warn("Order {}: seats confirmed while {}; ignored", orderId, stage);
            return;
        }
        stage = Stage.TICKETING;
        List<Ticket> tickets = tickets();
        issueTickets(tickets);
        if (!orderCompleted) {
            send(new CompleteOrderCommand(orderId, tickets.stream().map(Ticket::attendeeId).toList()));
            orderCompleted = true;
        }
        if (!emailQueued) {
            var message = composer.compose(new OrderConfirmation(orderId, showId, buyer, method, pricing, tickets));
            SagaCommands.sendCreating(commandGateway, new SendEmailCommand(
                    confirmationEmailId(orderId), EmailPurpose.ORDER_CONFIRMATION, orderId, message));
            emailQueued = true;
        }
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(ReservationConfirmationRejectedEvent event) {
        log.warn("Order {}: paid after its hold expired and no seats are left ({}); refunding in full", orderId,
                event.reason().code());
        // The refund saga pays it back; this saga's part ends with the request.
        send(new RequestRefundCommand(orderId, lateRefundId(orderId), null, LATE_PAYMENT_REFUND_REASON, true));
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    public void on(PaymentFailedEvent event) {
        if (paid) {
            log.warn("Order {}: payment failure reported after the payment was confirmed; ignored", orderId);
            return;
        }
        holdDeadlineId = cancel(HOLD_EXPIRED, holdDeadlineId);
        sessionRetryDeadlineId = cancel(RETRY_CHECKOUT_SESSION, sessionRetryDeadlineId);
        lateWindowDeadlineId = cancel(LATE_PAYMENT_WINDOW_CLOSED, lateWindowDeadlineId);
        expireStripeSession();
        send(new ReleaseReservationCommand(showId, orderId, "payment-failed"));
        SagaLifecycle.end();
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRED)
    public void holdExpired() {
        holdDeadlineId = null;
        if (paid || stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        sessionRetryDeadlineId = cancel(RETRY_CHECKOUT_SESSION, sessionRetryDeadlineId);
        stage = Stage.HOLD_EXPIRED;
        // First the session, so that no new payment can start; a payment already under way is a late payment.
        expireStripeSession();
        send(new ReleaseReservationCommand(showId, orderId, "hold-expired"));
        try {
            send(new ExpireOrderCommand(orderId));
        } catch (RuntimeException e) {
            // Paid in the meantime: the order refuses to expire and its PaymentConfirmedEvent is on its way.
            RuntimeException rejection = SagaCommands.businessRejection(e).orElseThrow(() -> e);
            log.info("Order {}: not expired: {}", orderId, rejection.getMessage());
        }
        lateWindowDeadlineId = deadlineManager.schedule(
                clock.instant().plus(settings.latePaymentWindow()), LATE_PAYMENT_WINDOW_CLOSED);
    }

    @DeadlineHandler(deadlineName = LATE_PAYMENT_WINDOW_CLOSED)
    public void latePaymentWindowClosed() {
        lateWindowDeadlineId = null;
        if (stage == Stage.HOLD_EXPIRED && !paid) {
            SagaLifecycle.end();
        }
    }

    /** The attendee id of seat number {@code seatIndex} (0-based, in order-line order) of an order. */
    public static AttendeeId attendeeId(OrderId orderId, int seatIndex) {
        return new AttendeeId(nameUuid(orderId + ":" + seatIndex));
    }

    /** The id of an order's (first) confirmation email. */
    public static EmailId confirmationEmailId(OrderId orderId) {
        return new EmailId(nameUuid(orderId + ":confirmation"));
    }

    /** The id of the automatic refund of a late payment that found no seats. */
    public static UUID lateRefundId(OrderId orderId) {
        return nameUuid(orderId + ":late-payment-refund");
    }

    private void openCheckoutSession() {
        if (stripe == null) {
            log.error("Order {}: paid by Stripe but Stripe is not configured; releasing its seats", orderId);
            giveUpCheckout();
            return;
        }
        sessionAttempts++;
        // A new key per attempt: Stripe replays a key's first answer, failures included. A redelivered event reuses
        // the attempt number (it is stored only with the outcome), so it gets the session already opened.
        String idempotencyKey = "checkout-" + orderId + "-" + sessionAttempts;
        List<LineItem> items = StripeLineItems.of(pricing);
        long totalMinor = StripeLineItems.minorUnits(pricing.total());
        if (StripeLineItems.totalMinor(items) != totalMinor) {
            log.warn("Order {}: Stripe line items add up to {} minor units, the order total is {}", orderId,
                    StripeLineItems.totalMinor(items), totalMinor);
        }
        CheckoutRequest request = new CheckoutRequest(
                orderId.toString(),
                pricing.total().currency().toLowerCase(Locale.ROOT),
                items,
                buyer.email(),
                sessionExpiry(),
                settings.successUrlFor(orderId),
                settings.cancelUrlFor(orderId),
                connectedAccountId,
                connectedAccountId == null ? null : applicationFeeMinor(pricing));
        CheckoutSession session;
        try {
            session = stripe.createCheckoutSession(request, idempotencyKey);
        } catch (RuntimeException e) {
            if (sessionAttempts >= settings.stripeMaxAttempts()) {
                log.error("Order {}: could not open a Stripe Checkout Session after {} attempts; releasing its seats",
                        orderId, sessionAttempts, e);
                giveUpCheckout();
                return;
            }
            Duration wait = Backoff.afterAttempt(sessionAttempts, settings.stripeRetryInitialBackoff(),
                    settings.stripeRetryMaxBackoff());
            log.warn("Order {}: Stripe Checkout Session attempt {} failed ({}); retrying in {}", orderId,
                    sessionAttempts, e.getMessage(), wait);
            sessionRetryDeadlineId = deadlineManager.schedule(clock.instant().plus(wait), RETRY_CHECKOUT_SESSION);
            return;
        }
        sessionId = session.id();
        send(new RecordCheckoutSessionCommand(orderId, session.id(), session.url(), session.expiresAt()));
    }

    /**
     * What the platform keeps of a destination charge, in minor units: the platform fee and the processing fee (on a
     * destination charge Stripe takes its processing fee from the platform's balance, so the processing fee the order
     * charges belongs to the platform too). Never more than the total: with the buyer not paying the fees, the fees of a
     * very cheap order could exceed what is charged.
     */
    static long applicationFeeMinor(OrderPricing pricing) {
        long fees = StripeLineItems.minorUnits(pricing.platformFee().plus(pricing.processingFee()));
        return Math.min(fees, StripeLineItems.minorUnits(pricing.total()));
    }

    /**
     * The session closes with the hold, but Stripe wants at least 30 minutes from its creation: with a hold that short
     * the session outlives it by moments, and the hold deadline expires the session explicitly.
     */
    private Instant sessionExpiry() {
        Instant earliest = clock.instant().plus(STRIPE_MINIMUM_SESSION_LIFETIME).plus(STRIPE_SESSION_SLACK);
        return holdExpiresAt.isBefore(earliest) ? earliest : holdExpiresAt;
    }

    private void giveUpCheckout() {
        holdDeadlineId = cancel(HOLD_EXPIRED, holdDeadlineId);
        send(new ReleaseReservationCommand(showId, orderId, "checkout-unavailable"));
        send(new ExpireOrderCommand(orderId));
        SagaLifecycle.end();
    }

    /** Best effort: an unexpired session would otherwise still expire at its own {@code expires_at}. */
    private void expireStripeSession() {
        if (sessionId == null || stripe == null) {
            return;
        }
        try {
            stripe.expireSession(sessionId);
        } catch (RuntimeException e) {
            log.warn("Order {}: could not expire Stripe session {} ({}); it expires on its own", orderId, sessionId,
                    e.getMessage());
        }
    }

    private void issueTickets(List<Ticket> tickets) {
        for (int seat = ticketsIssued; seat < tickets.size(); seat++) {
            Ticket ticket = tickets.get(seat);
            SagaCommands.sendCreating(commandGateway, new IssueTicketCommand(ticket.attendeeId(), orderId, showId,
                    ticket.ticketTypeId(), ticket.attendee(), ticket.vip()));
            ticketsIssued = seat + 1;
        }
    }

    /** One ticket per seat, in order-line order: named after the line's attendee for that seat, else the buyer. */
    private List<Ticket> tickets() {
        List<Ticket> tickets = new ArrayList<>();
        int seat = 0;
        for (int lineIndex = 0; lineIndex < lines.size(); lineIndex++) {
            OrderLine line = lines.get(lineIndex);
            LinePrice priced = pricedLine(lineIndex, line);
            String typeName = priced != null ? priced.ticketTypeName() : null;
            boolean vip = priced != null ? priced.vip() : line.vip();
            for (int i = 0; i < line.quantity(); i++) {
                AttendeeName attendee = i < line.attendees().size()
                        ? line.attendees().get(i)
                        : new AttendeeName(buyer.firstName(), buyer.lastName(), buyer.email());
                tickets.add(new Ticket(attendeeId(orderId, seat++), line.ticketTypeId(), typeName, attendee, vip));
            }
        }
        return tickets;
    }

    /** The show's price of an order line: the priced line at the same position, else the first of the same type. */
    private LinePrice pricedLine(int lineIndex, OrderLine line) {
        List<LinePrice> priced = pricing == null ? List.of() : pricing.lines();
        if (lineIndex < priced.size() && priced.get(lineIndex).ticketTypeId().equals(line.ticketTypeId())) {
            return priced.get(lineIndex);
        }
        return priced.stream().filter(p -> p.ticketTypeId().equals(line.ticketTypeId())).findFirst().orElse(null);
    }

    private String cancel(String deadlineName, String deadlineId) {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(deadlineName, deadlineId);
        }
        return null;
    }

    private void send(Object command) {
        SagaCommands.send(commandGateway, command);
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
