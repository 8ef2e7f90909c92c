package com.piquetickets.saga.checkout;

import static com.piquetickets.saga.checkout.CheckoutExamples.ORDER;
import static com.piquetickets.saga.checkout.CheckoutExamples.SHOW;
import static com.piquetickets.saga.checkout.CheckoutExamples.T0;
import static com.piquetickets.saga.checkout.CheckoutExamples.usd;
import static com.piquetickets.saga.checkout.RefundSaga.REFUND_ID;
import static com.piquetickets.saga.checkout.RefundSaga.RETRY_REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.saga.config.GatewayProperties;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.show.ReturnTicketsCommand;
import com.piquetickets.saga.support.FixtureClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RefundSagaTest {

    private static final UUID REFUND = UUID.fromString("9d0f2f4e-3b5a-4c1e-8a7b-6c5d4e3f2a10");
    private static final AttendeeId FIRST = AttendeeId.of("5a0e8a3c-1111-4b2c-9d3e-000000000001");
    private static final AttendeeId SECOND = AttendeeId.of("5a0e8a3c-1111-4b2c-9d3e-000000000002");

    private SagaTestFixture<RefundSaga> fixture;
    private FakeStripeGateway stripe;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RefundSaga.class);
        stripe = new FakeStripeGateway();
        fixture.registerResource(new FixtureClock(fixture::currentTime));
        fixture.registerResource(GatewayProperties.Retry.defaults());
        fixture.registerResource(stripe);
        fixture.givenCurrentTime(T0);
    }

    @Test
    void fullStripeRefundIsPaidBackRecordedAndVoidsTicketsAndReturnsSeats() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST, SECOND)))
                .expectDispatchedCommands(
                        new RecordRefundCommand(ORDER, REFUND, "re_test_1"),
                        new VoidTicketCommand(FIRST, "order refunded"),
                        new VoidTicketCommand(SECOND, "order refunded"),
                        new ReturnTicketsCommand(SHOW, ORDER))
                .expectActiveSagas(0);
        assertThat(stripe.refundCalls).containsExactly(
                new FakeStripeGateway.RefundCall("pi_test_1", usd("116.60"), "refund-" + REFUND));
    }

    @Test
    void partialRefundKeepsTheTicketsValid() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("20.00"), false, List.of(FIRST, SECOND)))
                .expectDispatchedCommands(new RecordRefundCommand(ORDER, REFUND, "re_test_1"))
                .expectActiveSagas(0);
    }

    @Test
    void offlineRefundIsRecordedRightAwayForTheProducerToPayBack() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new RefundRequestedEvent(ORDER, REFUND, usd("116.60"), "cancelled by the buyer", true,
                        false, SHOW, PaymentMethod.OFFLINE, null, List.of(FIRST)))
                .expectDispatchedCommands(
                        new RecordRefundCommand(ORDER, REFUND, null),
                        new VoidTicketCommand(FIRST, "order refunded"),
                        new ReturnTicketsCommand(SHOW, ORDER))
                .expectActiveSagas(0);
        assertThat(stripe.refundCalls).isEmpty();
    }

    @Test
    void refundOfALatePaymentWithoutTicketsReturnsNoSeats() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of()))
                .expectDispatchedCommands(new RecordRefundCommand(ORDER, REFUND, "re_test_1"))
                .expectActiveSagas(0);
    }

    @Test
    void stripeFailureIsRetriedWithBackOffUnderTheSameIdempotencyKey() {
        stripe.failingRefunds(1);
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Duration.ofSeconds(10), RETRY_REFUND)
                .expectAssociationWith(REFUND_ID, REFUND)
                .expectActiveSagas(1);

        fixture.whenTimeElapses(Duration.ofSeconds(10))
                .expectDispatchedCommands(
                        new RecordRefundCommand(ORDER, REFUND, "re_test_1"),
                        new VoidTicketCommand(FIRST, "order refunded"),
                        new ReturnTicketsCommand(SHOW, ORDER))
                .expectActiveSagas(0);
        assertThat(stripe.refundCalls).extracting(FakeStripeGateway.RefundCall::idempotencyKey)
                .containsExactly("refund-" + REFUND, "refund-" + REFUND);
    }

    @Test
    void refundGivesUpAfterItsLastAttempt() throws Exception {
        stripe.failingRefunds(Integer.MAX_VALUE);
        fixture.givenAPublished(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .andThenTimeElapses(Duration.ofSeconds(10))
                .andThenTimeElapses(Duration.ofSeconds(20))
                .andThenTimeElapses(Duration.ofSeconds(40))
                .whenTimeElapses(Duration.ofSeconds(80))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(stripe.refundCalls).hasSize(5);
    }

    @Test
    void redeliveredRefundRequestRefundsOnce() throws Exception {
        stripe.failingRefunds(1);
        fixture.givenAPublished(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
        assertThat(stripe.refundCalls).hasSize(1);
    }

    @Test
    void showThatRefusesItsSeatsBackStillEndsTheRefund() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReturnTicketsCommand) {
                throw new RuleViolationException("show-started", "the show has started");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .expectDispatchedCommands(
                        new RecordRefundCommand(ORDER, REFUND, "re_test_1"),
                        new VoidTicketCommand(FIRST, "order refunded"),
                        new ReturnTicketsCommand(SHOW, ORDER))
                .expectActiveSagas(0);
    }

    @Test
    void stripeRefundWithoutStripeConfiguredGivesUp() {
        SagaTestFixture<RefundSaga> withoutStripe = new SagaTestFixture<>(RefundSaga.class);
        withoutStripe.registerResource(new FixtureClock(withoutStripe::currentTime));
        withoutStripe.registerResource(GatewayProperties.Retry.defaults());
        withoutStripe.givenNoPriorActivity()
                .whenPublishingA(requested(PaymentMethod.STRIPE, usd("116.60"), true, List.of(FIRST)))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    private static RefundRequestedEvent requested(PaymentMethod method, Money amount, boolean full,
                                                  List<AttendeeId> attendees) {
        return new RefundRequestedEvent(ORDER, REFUND, amount, "buyer asked", full, false, SHOW, method, "pi_test_1",
                attendees);
    }
}
