package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.VENUE;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserve;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.held;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static com.piquetickets.command.show.ShowFixtures.ticket;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ConfirmReservationCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.show.ReservationConfirmationRejectedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ReturnTicketsCommand;
import com.piquetickets.domain.show.SeatConfirmation;
import com.piquetickets.domain.show.SetOfflinePaymentCommand;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowDeletedEvent;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens to held seats: sold on payment (also late, if they are still free), released, returned after a refund. */
class SeatHoldTest {

    private static final TicketTypeAddedEvent THREE_SEATS = new TicketTypeAddedEvent(SHOW, GENERAL,
            ticket("General Admission", 3, "25.00"));
    private static final List<ReservedSeats> TWO = List.of(held(GENERAL, 2));

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        fixture = ShowFixtures.fixture(ShowFixtures.registryTakingCharges(), CardPayments.THROUGH_CONNECT);
    }

    // ---- confirmation ---------------------------------------------------------------------------------------------

    @Test
    void heldSeatsAreSoldWhenTheOrderIsPaid() {
        onSale(reserved(ORDER, GENERAL, 2))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmedEvent(SHOW, ORDER, TWO, false))
                .expectResultMessagePayload(SeatConfirmation.sold());
    }

    @Test
    void duplicatePaymentConfirmationIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectNoEvents()
                .expectResultMessagePayload(SeatConfirmation.sold());
    }

    @Test
    void latePaymentWithFreeSeatsIsReinstated() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER), reserved(OTHER_ORDER, GENERAL, 1))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmedEvent(SHOW, ORDER, TWO, true))
                .expectResultMessagePayload(SeatConfirmation.sold());
    }

    @Test
    void latePaymentWithoutSeatsIsRejected() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER), reserved(OTHER_ORDER, GENERAL, 2))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.SOLD_OUT,
                        "only 1 'General Admission' tickets left, 2 wanted"))
                .expectResultMessagePayload(SeatConfirmation.refused(ReservationRejection.SOLD_OUT,
                        "only 1 'General Admission' tickets left, 2 wanted"));
    }

    @Test
    void reinstatedSeatsAreSold() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER), new ReservationConfirmedEvent(SHOW, ORDER, TWO, true))
                .when(reserve(OTHER_ORDER, seats(GENERAL, 2)))
                .expectEventsMatching(ReserveTicketsTest.only(TicketReservationRejectedEvent.class,
                        e -> e.reason() == ReservationRejection.SOLD_OUT));
    }

    @Test
    void reinstatementCountsThePromoUseAgain() {
        PromoCodeSpec once = new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null);
        onSale(new PromoCodeAddedEvent(SHOW, once), reserved(ORDER, "ONCE", held(GENERAL, 1)), released(ORDER, 1),
                new ReservationConfirmedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), true))
                .when(reserve(OTHER_ORDER, "ONCE", null, seats(GENERAL, 1)))
                .expectEventsMatching(ReserveTicketsTest.only(TicketReservationRejectedEvent.class,
                        e -> e.reason() == ReservationRejection.PROMO_CODE_USED_UP));
    }

    @Test
    void confirmingReturnedSeatsAgainIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false),
                new TicketsReturnedEvent(SHOW, ORDER, TWO))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectNoEvents()
                .expectResultMessagePayload(SeatConfirmation.sold());
    }

    @Test
    void heldSeatsOfAnEndedShowAreStillSold() {
        fixture.given(created(ShowFixtures.details("Past", null, NOW.minusSeconds(7200), NOW, VENUE)), THREE_SEATS,
                        published(), reserved(ORDER, GENERAL, 2))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmedEvent(SHOW, ORDER, TWO, false));
    }

    @Test
    void paymentForACancelledShowIsRejected() {
        onSale(reserved(ORDER, GENERAL, 2), new ShowCancelledEvent(SHOW, "storm"))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.NOT_ON_SALE,
                        "show " + SHOW + " is cancelled; the order cannot be ticketed"))
                .expectResultMessagePayload(SeatConfirmation.refused(ReservationRejection.NOT_ON_SALE,
                        "show " + SHOW + " is cancelled; the order cannot be ticketed"));
    }

    @Test
    void latePaymentForADeletedShowIsRejected() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER), new ShowDeletedEvent(SHOW))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.NOT_ON_SALE,
                        "show " + SHOW + " is deleted; the order cannot be ticketed"))
                .expectResultMessagePayloadMatching(refusedFor(ReservationRejection.NOT_ON_SALE));
    }

    @Test
    void latePaymentAfterTheShowEndedIsRejected() {
        fixture.given(created(ShowFixtures.details("Past", null, NOW.minusSeconds(7200), NOW, VENUE)), THREE_SEATS,
                        published(), reserved(ORDER, GENERAL, 2), released(ORDER))
                .when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.NOT_ON_SALE,
                        "show " + SHOW + " has ended; the late payment cannot be ticketed"))
                .expectResultMessagePayloadMatching(refusedFor(ReservationRejection.NOT_ON_SALE));
    }

    @Test
    void paymentForAnOrderWithoutAHoldIsRejected() {
        onSale().when(new ConfirmReservationCommand(SHOW, ORDER))
                .expectEvents(new ReservationConfirmationRejectedEvent(SHOW, ORDER, ReservationRejection.INVALID_ORDER,
                        "show " + SHOW + " holds no seats for order " + ORDER))
                .expectResultMessagePayloadMatching(refusedFor(ReservationRejection.INVALID_ORDER));
    }

    // ---- release --------------------------------------------------------------------------------------------------

    @Test
    void heldSeatsAreReleased() {
        onSale(reserved(ORDER, GENERAL, 2))
                .when(new ReleaseReservationCommand(SHOW, ORDER, "expired"))
                .expectEvents(new ReservationReleasedEvent(SHOW, ORDER, TWO, "expired"));
    }

    @Test
    void releasingTwiceIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER))
                .when(new ReleaseReservationCommand(SHOW, ORDER, "expired"))
                .expectNoEvents();
    }

    @Test
    void soldSeatsAreNotReleased() {
        onSale(reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false))
                .when(new ReleaseReservationCommand(SHOW, ORDER, "expired"))
                .expectNoEvents();
    }

    @Test
    void releasingAnUnknownOrderIsANoOp() {
        onSale().when(new ReleaseReservationCommand(SHOW, new OrderId(UUID.randomUUID()), "expired"))
                .expectNoEvents();
    }

    // ---- returns --------------------------------------------------------------------------------------------------

    @Test
    void soldSeatsAreReturnedBeforeTheShowStarts() {
        onSale(reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false))
                .when(new ReturnTicketsCommand(SHOW, ORDER))
                .expectEvents(new TicketsReturnedEvent(SHOW, ORDER, TWO));
    }

    @Test
    void seatsAreNotReturnedOnceTheShowHasStarted() {
        Instant started = NOW.minusSeconds(60);
        fixture.given(created(ShowFixtures.details("Running", null, started, NOW.plusSeconds(7200), VENUE)), THREE_SEATS,
                        published(), reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false))
                .when(new ReturnTicketsCommand(SHOW, ORDER))
                .expectNoEvents();
    }

    @Test
    void returningTwiceIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, TWO, false),
                new TicketsReturnedEvent(SHOW, ORDER, TWO))
                .when(new ReturnTicketsCommand(SHOW, ORDER))
                .expectNoEvents();
    }

    @Test
    void unsoldSeatsAreNotReturned() {
        onSale(reserved(ORDER, GENERAL, 2))
                .when(new ReturnTicketsCommand(SHOW, ORDER))
                .expectNoEvents();
    }

    // ---- offline payment ------------------------------------------------------------------------------------------

    @Test
    void producerLetsBuyersPayOffline() {
        onSale().when(new SetOfflinePaymentCommand(SHOW, true))
                .expectEvents(new OfflinePaymentSetEvent(SHOW, true));
    }

    @Test
    void settingOfflinePaymentUnchangedIsANoOp() {
        onSale(new OfflinePaymentSetEvent(SHOW, true))
                .when(new SetOfflinePaymentCommand(SHOW, true))
                .expectNoEvents();
    }

    @Test
    void offlinePaymentCannotChangeOnACancelledShow() {
        onSale(new ShowCancelledEvent(SHOW, "storm"))
                .when(new SetOfflinePaymentCommand(SHOW, true))
                .expectException(ruleViolation("show-cancelled"));
    }

    // ---- deleting a show that sold --------------------------------------------------------------------------------

    @Test
    void showWithReleasedHoldsOnlyCanBeDeleted() {
        onSale(reserved(ORDER, GENERAL, 2), released(ORDER))
                .when(new DeleteShowCommand(SHOW))
                .expectEvents(new ShowDeletedEvent(SHOW));
    }

    private static Matcher<SeatConfirmation> refusedFor(ReservationRejection reason) {
        return new CustomTypeSafeMatcher<>("seats refused for " + reason) {
            @Override
            protected boolean matchesSafely(SeatConfirmation answer) {
                return !answer.confirmed() && answer.reason() == reason && answer.message() != null;
            }
        };
    }

    private TestExecutor<Show> onSale(Object... more) {
        List<Object> events = new ArrayList<>(List.of(created(), THREE_SEATS, published()));
        events.addAll(List.of(more));
        return fixture.given(events);
    }

    private static ReservationReleasedEvent released(OrderId orderId) {
        return released(orderId, 2);
    }

    private static ReservationReleasedEvent released(OrderId orderId, int quantity) {
        return new ReservationReleasedEvent(SHOW, orderId, List.of(held(GENERAL, quantity)), "expired");
    }
}
