package com.piquetickets.saga.checkout;

import static com.piquetickets.saga.checkout.CheckoutExamples.BUYER;
import static com.piquetickets.saga.checkout.CheckoutExamples.BUYER_AS_ATTENDEE;
import static com.piquetickets.saga.checkout.CheckoutExamples.FREE;
import static com.piquetickets.saga.checkout.CheckoutExamples.GENERAL;
import static com.piquetickets.saga.checkout.CheckoutExamples.GRACE;
import static com.piquetickets.saga.checkout.CheckoutExamples.ORDER;
import static com.piquetickets.saga.checkout.CheckoutExamples.PAID;
import static com.piquetickets.saga.checkout.CheckoutExamples.SHOW;
import static com.piquetickets.saga.checkout.CheckoutExamples.VIP;
import static com.piquetickets.saga.checkout.CheckoutExamples.free;
import static com.piquetickets.saga.checkout.CheckoutExamples.paidByStripe;
import static com.piquetickets.saga.checkout.CheckoutSaga.attendeeId;
import static com.piquetickets.saga.checkout.CheckoutSaga.confirmationEmailId;
import static com.piquetickets.saga.checkout.CheckoutSaga.lateRefundId;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.CompleteOrderCommand;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.RequestRefundCommand;
import com.piquetickets.domain.show.ConfirmReservationCommand;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.SeatConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.OrderConfirmation;
import com.piquetickets.saga.checkout.ConfirmationEmailComposer.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutSagaTest {

    private SagaTestFixture<CheckoutSaga> fixture;
    private RecordingComposer composer;
    private SeatConfirmation showAnswers;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CheckoutSaga.class);
        composer = new RecordingComposer();
        fixture.registerResource(composer);
        showAnswers = SeatConfirmation.sold();
        fixture.setCallbackBehavior((command, metaData) -> command instanceof ConfirmReservationCommand ? showAnswers : null);
    }

    @Test
    void aConfirmedPaymentSellsTheSeatsIssuesOneTicketPerSeatCompletesTheOrderAndQueuesTheEmail() {
        List<Object> expected = new ArrayList<>();
        expected.add(new ConfirmReservationCommand(SHOW, ORDER));
        expected.addAll(ticketingCommands(PaymentMethod.STRIPE, PAID));

        fixture.givenNoPriorActivity()
                .whenPublishingA(paidByStripe(false))
                .expectDispatchedCommands(expected.toArray());
    }

    @Test
    void aFulfilledOrderLeavesNoSagaBehind() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(paidByStripe(false))
                .expectActiveSagas(0);
    }

    @Test
    void aFreeOrderIsFulfilledTheSameWay() {
        List<Object> expected = new ArrayList<>();
        expected.add(new ConfirmReservationCommand(SHOW, ORDER));
        expected.addAll(ticketingCommands(PaymentMethod.FREE, FREE));

        fixture.givenNoPriorActivity()
                .whenPublishingA(free())
                .expectDispatchedCommands(expected.toArray());
    }

    @Test
    void aPaymentTheShowSellsNoSeatsForIsRefundedInFullAndNoTicketIsIssued() {
        showAnswers = SeatConfirmation.refused(ReservationRejection.SOLD_OUT, "'General admission' is sold out");

        fixture.givenNoPriorActivity()
                .whenPublishingA(paidByStripe(true))
                .expectDispatchedCommands(new ConfirmReservationCommand(SHOW, ORDER),
                        new RequestRefundCommand(ORDER, lateRefundId(ORDER), null, CheckoutSaga.LATE_PAYMENT_REFUND_REASON,
                                true))
                .expectActiveSagas(0);
        assertThat(composer.composed).isEmpty();
    }

    @Test
    void eachSeatsTicketIsNamedAfterItsLinesAttendeeElseTheBuyer() {
        fixture.givenNoPriorActivity().whenPublishingA(paidByStripe(false));

        assertThat(composer.composed).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.buyer()).isEqualTo(BUYER);
            assertThat(confirmation.tickets()).extracting(Ticket::attendee)
                    .containsExactly(GRACE, BUYER_AS_ATTENDEE, BUYER_AS_ATTENDEE);
        });
    }

    @Test
    void ticketIdsComeFromTheOrderAndTheSeatSoThatARetryFindsThemMade() {
        assertThat(attendeeId(ORDER, 0)).isEqualTo(attendeeId(ORDER, 0)).isNotEqualTo(attendeeId(ORDER, 1));
        assertThat(confirmationEmailId(ORDER)).isEqualTo(confirmationEmailId(ORDER));
    }

    private static List<Ticket> tickets() {
        return List.of(
                new Ticket(attendeeId(ORDER, 0), GENERAL, "General admission", GRACE, false),
                new Ticket(attendeeId(ORDER, 1), GENERAL, "General admission", BUYER_AS_ATTENDEE, false),
                new Ticket(attendeeId(ORDER, 2), VIP, "VIP", BUYER_AS_ATTENDEE, true));
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
                RecordingComposer.message(new OrderConfirmation(ORDER, SHOW, BUYER, method, pricing, tickets()))));
        return commands;
    }
}
