package com.piquetickets.command.order;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.CheckoutSessionCreatedEvent;
import com.piquetickets.domain.order.CheckoutTerms;
import com.piquetickets.domain.order.ClosedOrder;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.ConfirmPaymentCommand;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.FailPaymentCommand;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderCompletedEvent;
import com.piquetickets.domain.order.OrderExpiredEvent;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.order.OrderRejectedEvent;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.order.PrepareCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReservationDecision.SeatsHeld;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An order from placement through payment, completion and refunds. */
class OrderTest {

    private static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final TicketTypeId GENERAL = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001"));
    private static final TicketTypeId VIP = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f002"));
    private static final Buyer BUYER = new Buyer("Ada", "Lovelace", "ada@example.com");
    private static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");
    private static final Instant HOLD_EXPIRES = Instant.parse("2030-03-01T12:30:00Z");
    private static final ProducerId PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    private static final String PAYOUT_ACCOUNT = "acct_1NightOwls";
    private static final String CHECKOUT_URL = "https://checkout.stripe.com/c/cs_1";
    private static final AttendeeId TICKET_1 = new AttendeeId(UUID.fromString("00000000-0000-0000-0000-0000000d0001"));
    private static final AttendeeId TICKET_2 = new AttendeeId(UUID.fromString("00000000-0000-0000-0000-0000000d0002"));
    private static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-0000000ef001");
    private static final UUID SECOND_REFUND = UUID.fromString("00000000-0000-0000-0000-0000000ef002");
    private static final PaymentReference STRIPE_PAID = new PaymentReference("cs_1", "pi_1", "ch_1", null);
    /** 2 x 25.00 with 4.10 fees: 54.10. */
    private static final OrderPricing PRICED = new OrderPricing(
            List.of(new LinePrice(GENERAL, "GA", 2, usd("25.00"), usd("0.00"), usd("0.00"), usd("50.00"), false)),
            null, usd("50.00"), usd("0.00"), usd("2.00"), usd("2.10"), true, usd("54.10"));
    private static final OrderPricing FREE = new OrderPricing(
            List.of(new LinePrice(GENERAL, "GA", 2, usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), false)),
            null, usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), true, usd("0.00"));
    private static final List<OrderLine> LINES = List.of(line(GENERAL, 2));
    /** The show held the seats for a card payment to the producer's connected account. */
    private static final SeatsHeld HELD = new SeatsHeld(PRICED, PaymentMethod.STRIPE, HOLD_EXPIRES, PRODUCER, PAYOUT_ACCOUNT);

    private FixtureConfiguration<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(OrderLimits.DEFAULTS);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // ---- placing --------------------------------------------------------------------------------------------------

    @Test
    void orderIsPlacedWithTrimmedBuyerDetails() {
        fixture.givenNoPriorActivity()
                .when(place(new Buyer(" Ada ", " Lovelace ", " ada@example.com "), LINES, " EarlyBird "))
                .expectEvents(new OrderPlacedEvent(ORDER, SHOW, BUYER, LINES, "EarlyBird", null), reserved(PaymentMethod.STRIPE, PAYOUT_ACCOUNT));
    }

    @Test
    void orderNeedsAShow() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, null, BUYER, List.of(line(GENERAL, 1)), null, null, HELD))
                .expectException(invalidInput("showId"));
    }

    @Test
    void buyerNeedsAFirstName() {
        placing(new Buyer(" ", "Lovelace", "ada@example.com"), List.of(line(GENERAL, 1)))
                .expectException(invalidInput("buyer.firstName"));
    }

    @Test
    void buyerLastNameIsAtMost100Characters() {
        placing(new Buyer("Ada", "L".repeat(101), "ada@example.com"), List.of(line(GENERAL, 1)))
                .expectException(invalidInput("buyer.lastName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "ada@", "@example.com", "ada@example", "ada lovelace@example.com", "a@b@example.com"})
    void buyerEmailMustBeValid(String email) {
        placing(new Buyer("Ada", "Lovelace", email), List.of(line(GENERAL, 1)))
                .expectException(invalidInput("buyer.email"));
    }

    @Test
    void buyerEmailIsAtMost254Characters() {
        String email = "ada@" + "x".repeat(247) + ".com";
        placing(new Buyer("Ada", "Lovelace", email), List.of(line(GENERAL, 1)))
                .expectException(invalidInput("buyer.email"));
    }

    @Test
    void orderNeedsLines() {
        placing(BUYER, List.of()).expectException(invalidInput("lines"));
    }

    @Test
    void ticketTypeIsOnOneLineOnly() {
        placing(BUYER, List.of(line(GENERAL, 1), line(VIP, 1), line(GENERAL, 1)))
                .expectException(invalidInput("lines[2].ticketTypeId"));
    }

    @Test
    void quantityIsAtLeastOne() {
        placing(BUYER, List.of(line(GENERAL, 1), line(VIP, 0))).expectException(invalidInput("lines[1].quantity"));
    }

    @Test
    void donationIsNotNegative() {
        placing(BUYER, List.of(new OrderLine(GENERAL, 1, usd("-1.00"), false, null)))
                .expectException(invalidInput("lines[0].donationPerTicket"));
    }

    @Test
    void attendeesAreAtMostTheQuantity() {
        List<AttendeeName> three = Collections.nCopies(3, new AttendeeName("Grace", "Hopper", null));
        placing(BUYER, List.of(new OrderLine(GENERAL, 2, null, false, three)))
                .expectException(invalidInput("lines[0].attendees"));
    }

    @Test
    void namedAttendeeNeedsANameAndAValidEmailWhenGiven() {
        placing(BUYER, List.of(new OrderLine(GENERAL, 2, null, false,
                List.of(new AttendeeName("Grace", "Hopper", null), new AttendeeName("Alan", "Turing", "alan@")))))
                .expectException(invalidInput("lines[0].attendees[1].email"));
    }

    @Test
    void namedAttendeeNeedsALastName() {
        placing(BUYER, List.of(new OrderLine(GENERAL, 1, null, false, List.of(new AttendeeName("Grace", "", null)))))
                .expectException(invalidInput("lines[0].attendees[0].lastName"));
    }

    @Test
    void orderHasAtMostTheConfiguredNumberOfTickets() {
        placing(BUYER, List.of(line(GENERAL, 6), line(VIP, 5))).expectException(invalidInput("lines"));
    }

    @Test
    void maximumTicketsPerOrderIsConfigurable() {
        FixtureConfiguration<Order> twenty = new AggregateTestFixture<>(Order.class);
        twenty.registerInjectableResource(new OrderLimits(20));
        twenty.givenNoPriorActivity()
                .when(place(BUYER, List.of(line(GENERAL, 20)), null))
                .expectEvents(new OrderPlacedEvent(ORDER, SHOW, BUYER, List.of(line(GENERAL, 20)), null, null),
                        reserved(PaymentMethod.STRIPE, PAYOUT_ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "SPRING 20", "20%OFF", "ThisCodeIsLongerThanThirtyTwoChars"})
    void promoCodeHasTheFormatOfACode(String code) {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, List.of(line(GENERAL, 1)), code))
                .expectException(invalidInput("promoCode"));
    }

    // ---- what the show decided -------------------------------------------------------------------------------------

    @Test
    void heldSeatsReserveTheOrderAtTheShowsPriceAndPayoutAccount() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, LINES, null))
                .expectEvents(placed(null), new OrderReservedEvent(ORDER, PRICED, HOLD_EXPIRES, PaymentMethod.STRIPE, PAYOUT_ACCOUNT));
    }

    @Test
    void freeOrderIsPaidAtOnce() {
        fixture.givenNoPriorActivity()
                .when(placeWith(new SeatsHeld(FREE, PaymentMethod.FREE, HOLD_EXPIRES, PRODUCER, null)))
                .expectEvents(placed(null), new OrderReservedEvent(ORDER, FREE, HOLD_EXPIRES, PaymentMethod.FREE, null),
                        new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false, SHOW, BUYER, LINES, FREE));
    }

    @Test
    void freeOrderMayBeAskedForAsSuch() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, SHOW, BUYER, LINES, null, PaymentMethod.FREE,
                        new SeatsHeld(FREE, PaymentMethod.FREE, HOLD_EXPIRES, PRODUCER, null)))
                .expectEvents(placed(PaymentMethod.FREE), new OrderReservedEvent(ORDER, FREE, HOLD_EXPIRES, PaymentMethod.FREE, null),
                        new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false, SHOW, BUYER, LINES, FREE));
    }

    @Test
    void recordedRefusalRejectsTheOrderWithTheShowsReason() {
        fixture.givenNoPriorActivity()
                .when(placeWith(new SeatsRefused(ReservationRejection.SOLD_OUT, "'GA' is sold out", true)))
                .expectEvents(placed(null), new OrderRejectedEvent(ORDER, "sold-out", "'GA' is sold out"));
    }

    @Test
    void refusalTheShowDidNotRecordPlacesNoOrder() {
        fixture.givenNoPriorActivity()
                .when(placeWith(new SeatsRefused(ReservationRejection.INVALID_ORDER, "ticket type 'GA' has no VIP option", false)))
                .expectNoEvents()
                .expectException(ruleViolation("invalid-order", "ticket type 'GA' has no VIP option"));
    }

    @Test
    void orderNeedsTheShowsDecision() {
        fixture.givenNoPriorActivity()
                .when(placeWith(null))
                .expectException(invalidInput("decision"));
    }

    @Test
    void orderThatCostsNothingIsPaidFree() {
        fixture.givenNoPriorActivity()
                .when(placeWith(new SeatsHeld(FREE, PaymentMethod.STRIPE, HOLD_EXPIRES, PRODUCER, null)))
                .expectException(ruleViolation("payment-method-mismatch"));
    }

    @Test
    void pricedOrderIsNotFree() {
        fixture.givenNoPriorActivity()
                .when(placeWith(new SeatsHeld(PRICED, PaymentMethod.FREE, HOLD_EXPIRES, PRODUCER, null)))
                .expectException(ruleViolation("payment-method-mismatch"));
    }

    @Test
    void buyerMistakesAreNamedBeforeTheShowsDecision() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, SHOW, new Buyer("Ada", "Lovelace", "ada@"), LINES, null, null,
                        new SeatsRefused(ReservationRejection.INVALID_ORDER, "no VIP", false)))
                .expectException(invalidInput("buyer.email"));
    }

    // ---- the terms of a checkout session --------------------------------------------------------------------------

    @Test
    void checkoutTermsAreThePriceHoldAndPayoutAccountOfAStripeOrder() {
        fixture.given(placed(null), reserved(PaymentMethod.STRIPE, PAYOUT_ACCOUNT))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectNoEvents()
                .expectResultMessagePayload(new CheckoutTerms(ORDER, PRICED, BUYER.email(), HOLD_EXPIRES, PAYOUT_ACCOUNT, 0, null));
    }

    @Test
    void checkoutTermsNameTheSessionStillOpen() {
        fixture.given(placed(null), reserved(PaymentMethod.STRIPE), sessionCreated("cs_1", HOLD_EXPIRES))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectResultMessagePayload(new CheckoutTerms(ORDER, PRICED, BUYER.email(), HOLD_EXPIRES, null, 1,
                        new CheckoutTerms.OpenSession("cs_1", CHECKOUT_URL, HOLD_EXPIRES)));
    }

    @Test
    void sessionThatExpiredIsCountedButNotOffered() {
        fixture.given(placed(null), reserved(PaymentMethod.STRIPE), sessionCreated("cs_1", NOW))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectResultMessagePayload(new CheckoutTerms(ORDER, PRICED, BUYER.email(), HOLD_EXPIRES, null, 1, null));
    }

    @Test
    void onlyAStripeOrderIsPaidThroughACheckoutSession() {
        fixture.given(placed(null), reserved(PaymentMethod.OFFLINE))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("not-a-stripe-order", "is paid OFFLINE"));
    }

    @Test
    void paidOrderIsNotPaidAgain() {
        paid().when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("order-paid"));
    }

    @Test
    void expiredOrderIsNotPaidThroughACheckoutSession() {
        fixture.given(placed(null), reserved(PaymentMethod.STRIPE), new OrderExpiredEvent(ORDER))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("order-expired", "held until " + HOLD_EXPIRES));
    }

    @Test
    void orderWhoseHoldRanOutIsNotPaidThroughACheckoutSession() {
        fixture.given(placed(null), new OrderReservedEvent(ORDER, PRICED, NOW, PaymentMethod.STRIPE, null))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("order-expired"));
    }

    @Test
    void cancelledOrderIsNotPaidThroughACheckoutSession() {
        fixture.given(placed(null), reserved(PaymentMethod.STRIPE), new PaymentFailedEvent(ORDER, "card declined"))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("order-cancelled"));
    }

    @Test
    void rejectedOrderIsNotPaidAndSaysWhy() {
        fixture.given(placed(null), new OrderRejectedEvent(ORDER, "sold-out", "'GA' is sold out"))
                .when(new PrepareCheckoutSessionCommand(ORDER))
                .expectException(ruleViolation("order-rejected", "'GA' is sold out"));
    }

    // ---- checkout session -----------------------------------------------------------------------------------------

    @Test
    void checkoutSessionIsRecordedForAStripeOrder() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new RecordCheckoutSessionCommand(ORDER, "cs_1", "https://checkout.stripe.com/c/cs_1", HOLD_EXPIRES))
                .expectEvents(new CheckoutSessionCreatedEvent(ORDER, "cs_1", "https://checkout.stripe.com/c/cs_1", HOLD_EXPIRES));
    }

    @Test
    void sameCheckoutSessionAgainIsANoOp() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), sessionCreated("cs_1", HOLD_EXPIRES))
                .when(new RecordCheckoutSessionCommand(ORDER, "cs_1", "https://checkout.stripe.com/c/cs_1", HOLD_EXPIRES))
                .expectNoEvents();
    }

    @Test
    void onlyAStripeOrderHasACheckoutSession() {
        fixture.given(placed(), reserved(PaymentMethod.OFFLINE))
                .when(new RecordCheckoutSessionCommand(ORDER, "cs_1", "https://checkout.stripe.com/c/cs_1", HOLD_EXPIRES))
                .expectException(ruleViolation("not-a-stripe-order"));
    }

    // ---- payment --------------------------------------------------------------------------------------------------

    @Test
    void paymentIsConfirmed() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, usd("54.10"), STRIPE_PAID))
                .expectEvents(confirmed(PaymentMethod.STRIPE, STRIPE_PAID, false));
    }

    @Test
    void duplicatePaymentConfirmationIsANoOp() {
        paid()
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, usd("54.10"), STRIPE_PAID))
                .expectNoEvents();
    }

    @Test
    void freeOrderPaidAtPlacementTakesNoOtherPayment() {
        fixture.given(placed(), new OrderReservedEvent(ORDER, FREE, HOLD_EXPIRES, PaymentMethod.FREE, null),
                        new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false, SHOW, BUYER, LINES, FREE))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.FREE, usd("0.00"), null))
                .expectNoEvents();
    }

    @Test
    void paymentAfterExpiryIsConfirmedAsLate() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), new OrderExpiredEvent(ORDER))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, usd("54.10"), STRIPE_PAID))
                .expectEvents(confirmed(PaymentMethod.STRIPE, STRIPE_PAID, true));
    }

    @Test
    void paymentAfterAFailedPaymentIsConfirmedAsLate() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), new PaymentFailedEvent(ORDER, "card declined"))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, usd("54.10"), STRIPE_PAID))
                .expectEvents(confirmed(PaymentMethod.STRIPE, STRIPE_PAID, true));
    }

    @Test
    void offlinePaymentOnlyForAnOfflineOrder() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.OFFLINE, usd("54.10"), null))
                .expectException(ruleViolation("payment-method-mismatch", "only an OFFLINE order"));
    }

    @Test
    void offlinePaymentIsConfirmedByTheProducer() {
        PaymentReference note = new PaymentReference(null, null, null, "paid cash at the door");
        fixture.given(placed(), reserved(PaymentMethod.OFFLINE))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.OFFLINE, usd("54.10"), note))
                .expectEvents(confirmed(PaymentMethod.OFFLINE, note, false));
    }

    @Test
    void paymentIsInTheOrderCurrency() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, Money.of("54.10", "EUR"), STRIPE_PAID))
                .expectException(invalidInput("amount"));
    }

    @Test
    void paymentNeedsAReservedOrder() {
        fixture.given(placed())
                .when(new ConfirmPaymentCommand(ORDER, PaymentMethod.STRIPE, usd("54.10"), STRIPE_PAID))
                .expectException(ruleViolation("order-not-reserved"));
    }

    @Test
    void failedPaymentCancelsAnUnpaidOrder() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), sessionCreated("cs_1", HOLD_EXPIRES))
                .when(new FailPaymentCommand(ORDER, "card declined"))
                .expectEvents(new PaymentFailedEvent(ORDER, "card declined"))
                .expectResultMessagePayload(new ClosedOrder(SHOW, List.of("cs_1")));
    }

    @Test
    void failureAfterPaymentIsANoOp() {
        paid()
                .when(new FailPaymentCommand(ORDER, "card declined"))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void unpaidOrderExpires() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new ExpireOrderCommand(ORDER))
                .expectEvents(new OrderExpiredEvent(ORDER))
                .expectResultMessagePayload(new ClosedOrder(SHOW, List.of()));
    }

    @Test
    void expiredOrderNamesEveryCheckoutSessionOpenedForIt() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), sessionCreated("cs_1", NOW), sessionCreated("cs_2", HOLD_EXPIRES))
                .when(new ExpireOrderCommand(ORDER))
                .expectResultMessagePayload(new ClosedOrder(SHOW, List.of("cs_1", "cs_2")));
    }

    @Test
    void paidOrderDoesNotExpire() {
        paid()
                .when(new ExpireOrderCommand(ORDER))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void expiringTwiceIsANoOp() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), new OrderExpiredEvent(ORDER))
                .when(new ExpireOrderCommand(ORDER))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    // ---- completion -----------------------------------------------------------------------------------------------

    @Test
    void paidOrderCompletesWithItsTickets() {
        paid()
                .when(new CompleteOrderCommand(ORDER, List.of(TICKET_1, TICKET_2)))
                .expectEvents(new OrderCompletedEvent(ORDER, List.of(TICKET_1, TICKET_2)));
    }

    @Test
    void latePaidOrderCompletesWhenItsSeatsWereFound() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), new OrderExpiredEvent(ORDER),
                        confirmed(PaymentMethod.STRIPE, STRIPE_PAID, true))
                .when(new CompleteOrderCommand(ORDER, List.of(TICKET_1, TICKET_2)))
                .expectEvents(new OrderCompletedEvent(ORDER, List.of(TICKET_1, TICKET_2)));
    }

    @Test
    void completingTwiceIsANoOp() {
        paid(completed())
                .when(new CompleteOrderCommand(ORDER, List.of(TICKET_1, TICKET_2)))
                .expectNoEvents();
    }

    @Test
    void unpaidOrderDoesNotComplete() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new CompleteOrderCommand(ORDER, List.of(TICKET_1, TICKET_2)))
                .expectNoEvents();
    }

    @Test
    void completionIssuesOneTicketPerSeat() {
        paid()
                .when(new CompleteOrderCommand(ORDER, List.of(TICKET_1)))
                .expectException(invalidInput("attendeeIds"));
    }

    // ---- refunds --------------------------------------------------------------------------------------------------

    @Test
    void fullRefundIsEverythingNotYetRefunded() {
        paid(completed())
                .when(new RequestRefundCommand(ORDER, REFUND, null, "show moved", false))
                .expectEvents(new RefundRequestedEvent(ORDER, REFUND, usd("54.10"), "show moved", true, false, SHOW,
                        PaymentMethod.STRIPE, "pi_1", List.of(TICKET_1, TICKET_2)));
    }

    @Test
    void partialRefundIsNotFull() {
        paid(completed())
                .when(new RequestRefundCommand(ORDER, REFUND, usd("4.10"), "fees back", false))
                .expectEvents(new RefundRequestedEvent(ORDER, REFUND, usd("4.10"), "fees back", false, false, SHOW,
                        PaymentMethod.STRIPE, "pi_1", List.of(TICKET_1, TICKET_2)));
    }

    @Test
    void refundsAddUpToFull() {
        paid(completed(), refundRequested(REFUND, "4.10", false))
                .when(new RequestRefundCommand(ORDER, SECOND_REFUND, null, "rest", false))
                .expectEvents(new RefundRequestedEvent(ORDER, SECOND_REFUND, usd("50.00"), "rest", true, false, SHOW,
                        PaymentMethod.STRIPE, "pi_1", List.of(TICKET_1, TICKET_2)));
    }

    @Test
    void refundCannotExceedWhatIsLeftOfThePayment() {
        paid(completed(), refundRequested(REFUND, "4.10", false))
                .when(new RequestRefundCommand(ORDER, SECOND_REFUND, usd("50.01"), null, false))
                .expectException(ruleViolation("refund-exceeds-paid", "at most 50.00 USD"));
    }

    @Test
    void refundAmountIsMoreThanZero() {
        paid()
                .when(new RequestRefundCommand(ORDER, REFUND, usd("0.00"), null, false))
                .expectException(invalidInput("amount"));
    }

    @Test
    void sameRefundRequestedAgainIsANoOp() {
        paid(refundRequested(REFUND, "4.10", false))
                .when(new RequestRefundCommand(ORDER, REFUND, usd("4.10"), null, false))
                .expectNoEvents();
    }

    @Test
    void unpaidOrderCannotBeRefunded() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE))
                .when(new RequestRefundCommand(ORDER, REFUND, null, null, false))
                .expectException(ruleViolation("order-not-paid"));
    }

    @Test
    void freeOrderHasNothingToRefund() {
        fixture.given(placed(), new OrderReservedEvent(ORDER, FREE, HOLD_EXPIRES, PaymentMethod.FREE, null),
                        new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false, SHOW, BUYER, LINES, FREE))
                .when(new RequestRefundCommand(ORDER, REFUND, null, null, false))
                .expectException(ruleViolation("nothing-to-refund", "free"));
    }

    @Test
    void fullyRefundedOrderHasNothingLeftToRefund() {
        paid(refundRequested(REFUND, "54.10", true))
                .when(new RequestRefundCommand(ORDER, SECOND_REFUND, null, null, false))
                .expectException(ruleViolation("nothing-to-refund"));
    }

    @Test
    void automaticRefundOfALatePaymentWithoutSeats() {
        fixture.given(placed(), reserved(PaymentMethod.STRIPE), new OrderExpiredEvent(ORDER),
                        confirmed(PaymentMethod.STRIPE, STRIPE_PAID, true))
                .when(new RequestRefundCommand(ORDER, REFUND, null, "sold-out", true))
                .expectEvents(new RefundRequestedEvent(ORDER, REFUND, usd("54.10"), "sold-out", true, true, SHOW,
                        PaymentMethod.STRIPE, "pi_1", List.of()));
    }

    @Test
    void recordedFullRefundRefundsTheOrder() {
        paid(completed(), refundRequested(REFUND, "54.10", true))
                .when(new RecordRefundCommand(ORDER, REFUND, "re_1"))
                .expectEvents(new OrderRefundedEvent(ORDER, REFUND, usd("54.10"), usd("54.10"), true, "re_1"));
    }

    @Test
    void recordedPartialRefundsAddUp() {
        paid(completed(), refundRequested(REFUND, "4.10", false),
                        new OrderRefundedEvent(ORDER, REFUND, usd("4.10"), usd("4.10"), false, "re_1"),
                        refundRequested(SECOND_REFUND, "50.00", true))
                .when(new RecordRefundCommand(ORDER, SECOND_REFUND, "re_2"))
                .expectEvents(new OrderRefundedEvent(ORDER, SECOND_REFUND, usd("50.00"), usd("54.10"), true, "re_2"));
    }

    @Test
    void recordingARefundTwiceIsANoOp() {
        paid(refundRequested(REFUND, "54.10", true),
                        new OrderRefundedEvent(ORDER, REFUND, usd("54.10"), usd("54.10"), true, "re_1"))
                .when(new RecordRefundCommand(ORDER, REFUND, "re_1"))
                .expectNoEvents();
    }

    @Test
    void unknownRefundCannotBeRecorded() {
        paid()
                .when(new RecordRefundCommand(ORDER, REFUND, "re_1"))
                .expectException(ruleViolation("unknown-refund"));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private ResultValidator<Order> placing(Buyer buyer, List<OrderLine> lines) {
        return fixture.givenNoPriorActivity().when(place(buyer, lines, null));
    }

    private static PlaceOrderCommand place(Buyer buyer, List<OrderLine> lines, String promoCode) {
        return new PlaceOrderCommand(ORDER, SHOW, buyer, lines, promoCode, null, HELD);
    }

    private static PlaceOrderCommand placeWith(ReservationDecision decision) {
        return new PlaceOrderCommand(ORDER, SHOW, BUYER, LINES, null, null, decision);
    }

    private static OrderLine line(TicketTypeId ticketTypeId, int quantity) {
        return new OrderLine(ticketTypeId, quantity, null, false, null);
    }

    private static OrderPlacedEvent placed() {
        return placed(PaymentMethod.STRIPE);
    }

    private static OrderPlacedEvent placed(PaymentMethod requested) {
        return new OrderPlacedEvent(ORDER, SHOW, BUYER, LINES, null, requested);
    }

    private static OrderReservedEvent reserved(PaymentMethod method) {
        return reserved(method, null);
    }

    private static OrderReservedEvent reserved(PaymentMethod method, String payoutAccountId) {
        return new OrderReservedEvent(ORDER, PRICED, HOLD_EXPIRES, method, payoutAccountId);
    }

    private static PaymentConfirmedEvent confirmed(PaymentMethod method, PaymentReference reference, boolean late) {
        return new PaymentConfirmedEvent(ORDER, method, usd("54.10"), reference, late, SHOW, BUYER, LINES, PRICED);
    }

    private static CheckoutSessionCreatedEvent sessionCreated(String sessionId, Instant expiresAt) {
        return new CheckoutSessionCreatedEvent(ORDER, sessionId, "https://checkout.stripe.com/c/" + sessionId, expiresAt);
    }

    /** Placed, reserved for 54.10 and paid through Stripe, plus whatever else is given. */
    private TestExecutor<Order> paid(Object... more) {
        List<Object> events = new ArrayList<>(List.of(placed(), reserved(PaymentMethod.STRIPE),
                confirmed(PaymentMethod.STRIPE, STRIPE_PAID, false)));
        events.addAll(List.of(more));
        return fixture.given(events);
    }

    private static OrderCompletedEvent completed() {
        return new OrderCompletedEvent(ORDER, List.of(TICKET_1, TICKET_2));
    }

    private static RefundRequestedEvent refundRequested(UUID refundId, String amount, boolean full) {
        return new RefundRequestedEvent(ORDER, refundId, usd(amount), null, full, false, SHOW, PaymentMethod.STRIPE, "pi_1",
                List.of(TICKET_1, TICKET_2));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
