package com.piquetickets.saga.checkout;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.show.ReturnTicketsCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.saga.config.GatewayProperties;
import com.piquetickets.saga.payment.StripeGateway;
import com.piquetickets.saga.support.Backoff;
import com.piquetickets.saga.support.SagaCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
 * Pays one refund back (ARCHITECTURE, checkout step 8): through Stripe for card payments (idempotency key
 * {@code refund-<refundId>}), at once for offline and free orders (the producer pays those back by hand). A full refund
 * then voids the order's tickets and gives its seats back to the show.
 *
 * <p>Associated by {@value #REFUND_ID}. Stripe failures are retried with back-off through the {@value #RETRY_REFUND}
 * deadline; the saga ends when the refund is recorded (and, when full, the tickets voided), or when it gives up, which
 * is logged at ERROR for someone to settle by hand.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class RefundSaga {

    public static final String REFUND_ID = "refundId";
    public static final String RETRY_REFUND = "retry-refund";

    static final String VOID_REASON = "order refunded";

    private static final Logger log = LoggerFactory.getLogger(RefundSaga.class);

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient Clock clock;
    @Autowired
    private transient GatewayProperties.Retry retry;
    /** Absent when Stripe is not configured; only Stripe payments need it. */
    @Autowired(required = false)
    private transient StripeGateway stripe;

    private OrderId orderId;
    private UUID refundId;
    private Money amount;
    private boolean full;
    private ShowId showId;
    private PaymentMethod method;
    private String paymentIntentId;
    private List<AttendeeId> attendeeIds;

    private int attempts;
    private String processorRefundId;
    private boolean recorded;

    @StartSaga
    @SagaEventHandler(associationProperty = REFUND_ID)
    public void on(RefundRequestedEvent event) {
        if (refundId != null) {
            return; // redelivered: under way already
        }
        orderId = event.orderId();
        refundId = event.refundId();
        amount = event.amount();
        full = event.full();
        showId = event.showId();
        method = event.method();
        paymentIntentId = event.paymentIntentId();
        attendeeIds = event.attendeeIds() == null ? List.of() : List.copyOf(event.attendeeIds());
        proceed();
    }

    @DeadlineHandler(deadlineName = RETRY_REFUND)
    public void retry() {
        proceed();
    }

    private void proceed() {
        if (method == PaymentMethod.STRIPE && processorRefundId == null && !refundThroughStripe()) {
            return;
        }
        if (!recorded) {
            SagaCommands.send(commandGateway, new RecordRefundCommand(orderId, refundId, processorRefundId));
            recorded = true;
        }
        if (full) {
            voidTicketsAndReturnSeats();
        }
        SagaLifecycle.end();
    }

    /** @return whether Stripe refunded; otherwise a retry is scheduled or the saga has given up. */
    private boolean refundThroughStripe() {
        if (stripe == null || paymentIntentId == null) {
            giveUp(stripe == null ? "Stripe is not configured" : "the order has no Stripe payment intent", null);
            return false;
        }
        attempts++;
        try {
            processorRefundId = stripe.refund(paymentIntentId, amount, "refund-" + refundId);
            return true;
        } catch (RuntimeException e) {
            if (attempts >= retry.maxAttempts()) {
                giveUp("Stripe failed " + attempts + " times", e);
                return false;
            }
            Duration wait = Backoff.afterAttempt(attempts, retry.initialBackoff(),
                    retry.maxBackoff());
            log.warn("Refund {} of order {}: Stripe attempt {} failed ({}); retrying in {}", refundId, orderId,
                    attempts, e.getMessage(), wait);
            deadlineManager.schedule(clock.instant().plus(wait), RETRY_REFUND);
            return false;
        }
    }

    /**
     * Voiding is a no-op for a ticket voided already. Seats go back only when there were tickets: a late payment that
     * found no seats never sold any. The show refuses to take seats back once it has started; the money is back
     * either way, so such refusals are logged, not retried.
     */
    private void voidTicketsAndReturnSeats() {
        for (AttendeeId attendeeId : attendeeIds) {
            sendTolerating(new VoidTicketCommand(attendeeId, VOID_REASON));
        }
        if (!attendeeIds.isEmpty()) {
            sendTolerating(new ReturnTicketsCommand(showId, orderId));
        }
    }

    private void sendTolerating(Object command) {
        try {
            SagaCommands.send(commandGateway, command);
        } catch (RuntimeException e) {
            RuntimeException rejection = SagaCommands.businessRejection(e).orElseThrow(() -> e);
            log.warn("Refund {} of order {}: {} refused: {}", refundId, orderId, command.getClass().getSimpleName(),
                    rejection.getMessage());
        }
    }

    private void giveUp(String why, Exception cause) {
        log.error("Refund {} of order {} ({}, {}) gave up: {}. Pay it back by hand and record it.", refundId, orderId,
                amount, method, why, cause);
        SagaLifecycle.end();
    }
}
