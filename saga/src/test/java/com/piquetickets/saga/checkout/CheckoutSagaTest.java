package com.piquetickets.saga.checkout;

import static com.piquetickets.saga.checkout.CheckoutExamples.BUYER;
import static com.piquetickets.saga.checkout.CheckoutExamples.BUYER_AS_ATTENDEE;
import static com.piquetickets.saga.checkout.CheckoutExamples.FREE;
import static com.piquetickets.saga.checkout.CheckoutExamples.GENERAL;
import static com.piquetickets.saga.checkout.CheckoutExamples.GRACE;
import static com.piquetickets.saga.checkout.CheckoutExamples.LINES;
import static com.piquetickets.saga.checkout.CheckoutExamples.ORDER;
import static com.piquetickets.saga.checkout.CheckoutExamples.PAID;
import static com.piquetickets.saga.checkout.CheckoutExamples.PROMO;
import static com.piquetickets.saga.checkout.CheckoutExamples.SHOW;
import static com.piquetickets.saga.checkout.CheckoutExamples.T0;
import static com.piquetickets.saga.checkout.CheckoutExamples.VIP;
import static com.piquetickets.saga.checkout.CheckoutExamples.paidByStripe;
import static com.piquetickets.saga.checkout.CheckoutExamples.placed;
import static com.piquetickets.saga.checkout.CheckoutExamples.reserved;
import static com.piquetickets.saga.checkout.CheckoutExamples.seatsConfirmed;
import static com.piquetickets.saga.checkout.CheckoutExamples.usd;
import static com.piquetickets.saga.checkout.CheckoutSaga.HOLD_EXPIRED;
import static com.piquetickets.saga.checkout.CheckoutSaga.LATE_PAYMENT_WINDOW_CLOSED;
import static com.piquetickets.saga.checkout.CheckoutSaga.ORDER_ID;
import static com.piquetickets.saga.checkout.CheckoutSaga.RETRY_CHECKOUT_SESSION;
import static com.piquetickets.saga.checkout.CheckoutSaga.attendeeId;
import static com.piquetickets.saga.checkout.CheckoutSaga.confirmationEmailId;
import static com.piquetickets.saga.checkout.CheckoutSaga.lateRefundId;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
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
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.OrderConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.Ticket;
import com.piquetickets.saga.payment.StripeGateway.CheckoutRequest;
import com.piquetickets.saga.payment.StripeGateway.LineItem;
import com.piquetickets.saga.support.FixtureClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutSagaTest {

    private static final Duration STRIPE_HOLD = Duration.ofMinutes(30);
    private static final Duration OFFLINE_HOLD = Duration.ofHours(48);
    private static final Duration LATE_WINDOW = Duration.ofHours(24);

    private SagaTestFixture<CheckoutSaga> fixture;
    private FakeStripeGateway stripe;
    private RecordingComposer composer;
    private final Map<ShowId, String> connectedAccounts = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CheckoutSaga.class);
        stripe = new FakeStripeGateway();
        composer = new RecordingComposer();
        fixture.registerResource(new FixtureClock(fixture::currentTime));
        fixture.registerResource(CheckoutSettings.defaults());
        fixture.registerResource(composer);
        fixture.registerResource(stripe);
        fixture.registerResource((PayoutAccounts) show -> Optional.ofNullable(connectedAccounts.get(show)));
        fixture.givenCurrentTime(T0);
    }

    // --- reserving ---

    @Test
    void placingAnOrderReservesItsSeatsForTheStripeHold() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(PaymentMethod.STRIPE))
                .expectActiveSagas(1)
                .expectAssociationWith(ORDER_ID, ORDER)
                .expectDispatchedCommands(new ReserveTicketsCommand(SHOW, ORDER, LINES, PROMO, PaymentMethod.STRIPE,
                        T0.plus(STRIPE_HOLD)));
    }

    @Test
    void offlineOrderIsHeldForTheOfflineHold() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(PaymentMethod.OFFLINE))
                .expectDispatchedCommands(new ReserveTicketsCommand(SHOW, ORDER, LINES, PROMO, PaymentMethod.OFFLINE,
                        T0.plus(OFFLINE_HOLD)));
    }

    @Test
    void rejectedReservationRejectsTheOrderAndEnds() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(new TicketReservationRejectedEvent(SHOW, ORDER, ReservationRejection.SOLD_OUT,
                        "only 1 General admission left"))
                .expectDispatchedCommands(new RejectOrderCommand(ORDER, "sold-out", "only 1 General admission left"))
                .expectActiveSagas(0);
    }

    @Test
    void showRefusingByExceptionStillRejectsTheOrder() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReserveTicketsCommand) {
                throw new RuleViolationException("show-not-published", "the show is not on sale");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(PaymentMethod.STRIPE))
                .expectDispatchedCommands(
                        new ReserveTicketsCommand(SHOW, ORDER, LINES, PROMO, PaymentMethod.STRIPE, T0.plus(STRIPE_HOLD)),
                        new RejectOrderCommand(ORDER, "invalid-order", "the show is not on sale"))
                .expectActiveSagas(0);
    }

    // --- free ---

    @Test
    void zeroTotalIsConfirmedAsFreeWithoutStripe() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(FREE, STRIPE_HOLD))
                .expectDispatchedCommands(
                        new RecordReservationCommand(ORDER, FREE, T0.plus(STRIPE_HOLD), PaymentMethod.FREE),
                        new ConfirmPaymentCommand(ORDER, PaymentMethod.FREE, usd("0.00"), null))
                .expectScheduledDeadlineWithName(STRIPE_HOLD, HOLD_EXPIRED)
                .expectActiveSagas(1);
        assertThat(stripe.sessionCalls).isEmpty();
    }

    @Test
    void freeOrderIsTicketedOnceItsConfirmationLands() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(FREE, STRIPE_HOLD))
                .andThenAPublished(new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false))
                .whenPublishingA(seatsConfirmed(false))
                .expectDispatchedCommands(ticketingCommands(PaymentMethod.FREE, FREE).toArray())
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // --- Stripe ---

    @Test
    void stripeOrderOpensACheckoutSessionForTheReservedPrice() {
        Duration hold = Duration.ofHours(2);
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, hold))
                .expectDispatchedCommands(
                        new RecordReservationCommand(ORDER, PAID, T0.plus(hold), PaymentMethod.STRIPE),
                        new RecordCheckoutSessionCommand(ORDER, "cs_test_1",
                                "https://checkout.stripe.test/c/pay/cs_test_1", T0.plus(hold)))
                .expectScheduledDeadlineWithName(hold, HOLD_EXPIRED)
                .expectActiveSagas(1);

        assertThat(stripe.sessionCalls).hasSize(1);
        assertThat(stripe.sessionCalls.getFirst().idempotencyKey()).isEqualTo("checkout-" + ORDER + "-1");
        assertThat(stripe.sessionCalls.getFirst().request()).isEqualTo(new CheckoutRequest(
                ORDER.toString(), "usd",
                List.of(new LineItem("General admission", 2250, 2), new LineItem("VIP", 6500, 1),
                        new LineItem("Booking fees", 660, 1)),
                "ada@example.com", T0.plus(hold),
                "http://localhost:8080/orders/" + ORDER + "?checkout=success",
                "http://localhost:8080/orders/" + ORDER + "?checkout=cancelled",
                null, null));
    }

    @Test
    void producerWithChargesEnabledIsPaidByADestinationChargeLessOurFees() {
        connectedAccounts.put(SHOW, "acct_producer");

        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, STRIPE_HOLD))
                .expectActiveSagas(1);

        CheckoutRequest request = stripe.sessionCalls.getFirst().request();
        assertThat(request.connectedAccountId()).isEqualTo("acct_producer");
        assertThat(request.applicationFeeMinor()).as("platform fee 3.00 + processing fee 3.60").isEqualTo(660L);
    }

    @Test
    void withoutAConnectedAccountThePlatformTakesThePayment() {
        connectedAccounts.clear();

        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, STRIPE_HOLD))
                .expectActiveSagas(1);

        CheckoutRequest request = stripe.sessionCalls.getFirst().request();
        assertThat(request.connectedAccountId()).isNull();
        assertThat(request.applicationFeeMinor()).isNull();
    }

    @Test
    void theApplicationFeeNeverExceedsWhatIsCharged() {
        OrderPricing feesOnTheProducer = new OrderPricing(PAID.lines(), null, usd("0.50"), usd("0.00"), usd("0.51"),
                usd("0.32"), false, usd("0.50"));
        assertThat(CheckoutSaga.applicationFeeMinor(feesOnTheProducer)).isEqualTo(50L);
        assertThat(CheckoutSaga.applicationFeeMinor(PAID)).isEqualTo(660L);
    }

    @Test
    void checkoutSessionLivesAtLeastStripesMinimum() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, STRIPE_HOLD))
                .expectScheduledDeadlineWithName(STRIPE_HOLD, HOLD_EXPIRED);

        assertThat(stripe.sessionCalls.getFirst().request().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(31)));
    }

    @Test
    void paymentConfirmsTheSeatsAndCancelsTheHold() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .whenPublishingA(paidByStripe(false))
                .expectDispatchedCommands(new ConfirmReservationCommand(SHOW, ORDER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void confirmedSeatsAreTicketedCompletedAndEmailed() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenAPublished(paidByStripe(false))
                .whenPublishingA(seatsConfirmed(false))
                .expectDispatchedCommands(ticketingCommands(PaymentMethod.STRIPE, PAID).toArray())
                .expectActiveSagas(0);

        assertThat(composer.composed).containsExactly(confirmation(PaymentMethod.STRIPE, PAID));
    }

    // --- offline ---

    @Test
    void offlineOrderWaitsForTheProducerUntilItsHoldExpires() {
        fixture.givenAPublished(placed(PaymentMethod.OFFLINE))
                .whenPublishingA(reserved(PAID, OFFLINE_HOLD))
                .expectDispatchedCommands(
                        new RecordReservationCommand(ORDER, PAID, T0.plus(OFFLINE_HOLD), PaymentMethod.OFFLINE))
                .expectScheduledDeadlineWithName(OFFLINE_HOLD, HOLD_EXPIRED)
                .expectActiveSagas(1);
        assertThat(stripe.sessionCalls).isEmpty();
    }

    @Test
    void offlinePaymentConfirmedByTheProducerConfirmsTheSeats() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.OFFLINE))
                .andThenAPublished(reserved(PAID, OFFLINE_HOLD))
                .andThenTimeElapses(Duration.ofHours(47))
                .whenPublishingA(new PaymentConfirmedEvent(ORDER, PaymentMethod.OFFLINE, usd("116.60"), null, false))
                .expectDispatchedCommands(new ConfirmReservationCommand(SHOW, ORDER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    // --- payment failed ---

    @Test
    void failedPaymentReleasesTheSeatsAndEnds() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .whenPublishingA(new PaymentFailedEvent(ORDER, "card_declined"))
                .expectDispatchedCommands(new ReleaseReservationCommand(SHOW, ORDER, "payment-failed"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(stripe.expiredSessions).containsExactly("cs_test_1");
    }

    // --- hold expiry and late payments ---

    @Test
    void expiredHoldReleasesSeatsAndExpiresTheSession() {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .whenTimeElapses(STRIPE_HOLD)
                .expectTriggeredDeadlinesWithName(HOLD_EXPIRED)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(SHOW, ORDER, "hold-expired"),
                        new ExpireOrderCommand(ORDER))
                .expectScheduledDeadlineWithName(LATE_WINDOW, LATE_PAYMENT_WINDOW_CLOSED)
                .expectActiveSagas(1);
        assertThat(stripe.expiredSessions).containsExactly("cs_test_1");
    }

    @Test
    void expiredOfflineHoldReleasesSeatsWithoutStripe() {
        fixture.givenAPublished(placed(PaymentMethod.OFFLINE))
                .andThenAPublished(reserved(PAID, OFFLINE_HOLD))
                .whenTimeElapses(OFFLINE_HOLD)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(SHOW, ORDER, "hold-expired"),
                        new ExpireOrderCommand(ORDER))
                .expectActiveSagas(1);
        assertThat(stripe.expiredSessions).isEmpty();
    }

    @Test
    void paidOrderIsNotExpiredWhenItsHoldWouldHaveRunOut() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenAPublished(paidByStripe(false))
                .whenTimeElapses(STRIPE_HOLD.plusMinutes(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
        assertThat(stripe.expiredSessions).isEmpty();
    }

    @Test
    void expiryRefusedBecauseTheOrderWasJustPaidStillWaitsForThePayment() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ExpireOrderCommand) {
                throw new RuleViolationException("order-paid", "the order is paid");
            }
            return null;
        });
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .whenTimeElapses(STRIPE_HOLD)
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(SHOW, ORDER, "hold-expired"),
                        new ExpireOrderCommand(ORDER))
                .expectScheduledDeadlineWithName(LATE_WINDOW, LATE_PAYMENT_WINDOW_CLOSED)
                .expectActiveSagas(1);
    }

    @Test
    void latePaymentWindowClosingEndsTheSaga() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenTimeElapses(STRIPE_HOLD)
                .whenTimeElapses(LATE_WINDOW)
                .expectTriggeredDeadlinesWithName(HOLD_EXPIRED, LATE_PAYMENT_WINDOW_CLOSED)
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void latePaymentAsksTheShowForTheReleasedSeatsAgain() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenTimeElapses(STRIPE_HOLD)
                .whenPublishingA(paidByStripe(true))
                .expectDispatchedCommands(new ConfirmReservationCommand(SHOW, ORDER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void latePaymentIsTicketedWhenTheSeatsAreStillThere() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenTimeElapses(STRIPE_HOLD)
                .andThenAPublished(paidByStripe(true))
                .whenPublishingA(seatsConfirmed(true))
                .expectDispatchedCommands(ticketingCommands(PaymentMethod.STRIPE, PAID).toArray())
                .expectActiveSagas(0);
    }

    @Test
    void latePaymentWithNoSeatsLeftIsRefundedInFull() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenTimeElapses(STRIPE_HOLD)
                .andThenAPublished(paidByStripe(true))
                .whenPublishingA(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.SOLD_OUT,
                        "sold out"))
                .expectDispatchedCommands(new RequestRefundCommand(ORDER, lateRefundId(ORDER), null,
                        "no seats left after a late payment", true))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // --- redelivery ---

    @Test
    void duplicateWebhookIssuesTicketsOnce() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenAPublished(paidByStripe(false))
                .whenPublishingA(paidByStripe(false))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void redeliveredSeatConfirmationIssuesTicketsOnce() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenAPublished(paidByStripe(false))
                .andThenAPublished(seatsConfirmed(false))
                .whenPublishingA(seatsConfirmed(false))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
        assertThat(composer.composed).hasSize(1);
    }

    @Test
    void ticketsAndEmailAlreadyCreatedByAnEarlierDeliveryCountAsDone() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof IssueTicketCommand issue && issue.attendeeId().equals(attendeeId(ORDER, 0))
                    || command instanceof SendEmailCommand) {
                throw new AggregateStreamCreationException("an aggregate with this id exists already");
            }
            return null;
        });
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenAPublished(paidByStripe(false))
                .whenPublishingA(seatsConfirmed(false))
                .expectDispatchedCommands(ticketingCommands(PaymentMethod.STRIPE, PAID).toArray())
                .expectActiveSagas(0);
    }

    @Test
    void redeliveredReservationOpensNoSecondSession() throws Exception {
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .whenPublishingA(reserved(PAID, STRIPE_HOLD))
                .expectNoDispatchedCommands();
        assertThat(stripe.sessionCalls).hasSize(1);
    }

    // --- Stripe failures ---

    @Test
    void checkoutSessionFailureIsRetriedWithBackOff() throws Exception {
        stripe.failingSessions(1);
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, Duration.ofHours(2)))
                .expectDispatchedCommands(
                        new RecordReservationCommand(ORDER, PAID, T0.plus(Duration.ofHours(2)), PaymentMethod.STRIPE))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(10), RETRY_CHECKOUT_SESSION);

        fixture.whenTimeElapses(Duration.ofSeconds(10))
                .expectTriggeredDeadlinesWithName(RETRY_CHECKOUT_SESSION)
                .expectDispatchedCommands(new RecordCheckoutSessionCommand(ORDER, "cs_test_1",
                        "https://checkout.stripe.test/c/pay/cs_test_1", T0.plus(Duration.ofHours(2))))
                .expectActiveSagas(1);

        assertThat(stripe.sessionCalls).extracting(FakeStripeGateway.SessionCall::idempotencyKey)
                .containsExactly("checkout-" + ORDER + "-1", "checkout-" + ORDER + "-2");
    }

    @Test
    void checkoutSessionGivesUpAfterItsLastAttemptAndReleasesTheSeats() throws Exception {
        stripe.failingSessions(Integer.MAX_VALUE);
        fixture.givenAPublished(placed(PaymentMethod.STRIPE))
                .andThenAPublished(reserved(PAID, STRIPE_HOLD))
                .andThenTimeElapses(Duration.ofSeconds(10))   // attempt 2
                .andThenTimeElapses(Duration.ofSeconds(20))   // attempt 3
                .andThenTimeElapses(Duration.ofSeconds(40))   // attempt 4
                .whenTimeElapses(Duration.ofSeconds(80))      // attempt 5, the last
                .expectDispatchedCommands(
                        new ReleaseReservationCommand(SHOW, ORDER, "checkout-unavailable"),
                        new ExpireOrderCommand(ORDER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(stripe.sessionCalls).hasSize(5);
    }

    @Test
    void stripeOrderWithoutStripeConfiguredReleasesItsSeats() {
        SagaTestFixture<CheckoutSaga> withoutStripe = new SagaTestFixture<>(CheckoutSaga.class);
        withoutStripe.registerResource(new FixtureClock(withoutStripe::currentTime));
        withoutStripe.registerResource(CheckoutSettings.defaults());
        withoutStripe.registerResource(composer);
        withoutStripe.givenCurrentTime(T0)
                .andThenAPublished(placed(PaymentMethod.STRIPE))
                .whenPublishingA(reserved(PAID, STRIPE_HOLD))
                .expectDispatchedCommands(
                        new RecordReservationCommand(ORDER, PAID, T0.plus(STRIPE_HOLD), PaymentMethod.STRIPE),
                        new ReleaseReservationCommand(SHOW, ORDER, "checkout-unavailable"),
                        new ExpireOrderCommand(ORDER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    // --- expectations ---

    private static List<Ticket> tickets() {
        return List.of(
                new Ticket(attendeeId(ORDER, 0), GENERAL, "General admission", GRACE, false),
                new Ticket(attendeeId(ORDER, 1), GENERAL, "General admission", BUYER_AS_ATTENDEE, false),
                new Ticket(attendeeId(ORDER, 2), VIP, "VIP", BUYER_AS_ATTENDEE, true));
    }

    private static OrderConfirmation confirmation(PaymentMethod method, OrderPricing pricing) {
        return new OrderConfirmation(ORDER, SHOW, BUYER, method, pricing, tickets());
    }

    /** One ticket per seat, the order completed with them, and the confirmation email queued. */
    private static List<Object> ticketingCommands(PaymentMethod method, OrderPricing pricing) {
        List<Object> commands = new ArrayList<>();
        for (Ticket ticket : tickets()) {
            commands.add(new IssueTicketCommand(ticket.attendeeId(), ORDER, SHOW, ticket.ticketTypeId(),
                    ticket.attendee(), ticket.vip()));
        }
        List<AttendeeId> attendeeIds = tickets().stream().map(Ticket::attendeeId).toList();
        commands.add(new CompleteOrderCommand(ORDER, attendeeIds));
        commands.add(new SendEmailCommand(confirmationEmailId(ORDER), EmailPurpose.ORDER_CONFIRMATION, ORDER,
                RecordingComposer.message(confirmation(method, pricing))));
        return commands;
    }
}
