package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.HOLDS;
import static com.piquetickets.command.show.ShowFixtures.HOLD_EXPIRES;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.held;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserve;
import static com.piquetickets.command.show.ShowFixtures.reservedUntil;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static com.piquetickets.command.show.ShowFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReleaseExpiredHoldsCommand;
import com.piquetickets.domain.show.ReleasedHolds;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketsReservedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds run out without a process per order: the show tells the {@link HoldSchedule} when its earliest hold runs out,
 * and a sweep ({@link ReleaseExpiredHoldsCommand}) releases what ran out and tells it the next time.
 */
class HoldExpiryTest {

    private static final OrderId THIRD_ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b003"));
    private static final Instant EARLIER = NOW.minusSeconds(120);
    private static final Instant LATER = NOW.plusSeconds(600);

    private InMemoryHoldSchedule schedule;
    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        schedule = new InMemoryHoldSchedule();
        fixture = ShowFixtures.fixture(ShowFixtures.registryTakingCharges(), CardPayments.THROUGH_CONNECT, schedule);
    }

    // ---- holding seats tells the schedule, about once per sweep ----------------------------------------------------

    @Test
    void firstHoldTellsTheScheduleWhenTheShowIsDue() {
        onSale().when(reserve(ORDER, seats(GENERAL, 1)));

        assertThat(schedule.nextExpiry(SHOW)).contains(HOLD_EXPIRES);
    }

    @Test
    void holdThatRunsOutAfterAnEarlierOneLeavesTheScheduleAlone() {
        onSale(heldUntil(OTHER_ORDER, LATER)).when(reserve(ORDER, seats(GENERAL, 1)));

        assertThat(schedule.records()).isZero();
    }

    @Test
    void holdThatRunsOutFirstMovesTheScheduleForward() {
        onSale(heldUntil(OTHER_ORDER, NOW.plus(HOLDS.offlineHold()))).when(reserve(ORDER, seats(GENERAL, 1)));

        assertThat(schedule.nextExpiry(SHOW)).contains(HOLD_EXPIRES);
    }

    @Test
    void holdAfterEveryOtherHoldEndedTellsTheScheduleAgain() {
        onSale(heldUntil(OTHER_ORDER, LATER), new ReservationConfirmedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 1)), false))
                .when(reserve(ORDER, seats(GENERAL, 1)));

        assertThat(schedule.nextExpiry(SHOW)).contains(HOLD_EXPIRES);
    }

    @Test
    void refusedRequestLeavesTheScheduleAlone() {
        onSale(heldUntil(OTHER_ORDER, LATER), heldUntil(THIRD_ORDER, LATER.plusSeconds(1), 2))
                .when(reserve(ORDER, seats(GENERAL, 1)));

        assertThat(schedule.records()).isZero();
    }

    // ---- the sweep ------------------------------------------------------------------------------------------------

    @Test
    void holdsThatRanOutAreReleased() {
        onSale(heldUntil(ORDER, EARLIER), heldUntil(OTHER_ORDER, NOW), heldUntil(THIRD_ORDER, LATER))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectEvents(new ReservationReleasedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), Show.HOLD_EXPIRED),
                        new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 1)), Show.HOLD_EXPIRED))
                .expectResultMessagePayload(new ReleasedHolds(List.of(ORDER, OTHER_ORDER), LATER));
    }

    @Test
    void sweepTellsTheScheduleWhenTheNextHoldRunsOut() {
        schedule.record(SHOW, EARLIER);

        onSale(heldUntil(ORDER, EARLIER), heldUntil(OTHER_ORDER, LATER)).when(new ReleaseExpiredHoldsCommand(SHOW, NOW));

        assertThat(schedule.nextExpiry(SHOW)).contains(LATER);
    }

    @Test
    void sweepThatLeavesNoHoldClearsTheSchedule() {
        schedule.record(SHOW, EARLIER);

        onSale(heldUntil(ORDER, EARLIER))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectResultMessagePayload(new ReleasedHolds(List.of(ORDER), null));
        assertThat(schedule.nextExpiry(SHOW)).isEmpty();
    }

    @Test
    void releasedHoldGivesItsPromoUseBack() {
        PromoCodeSpec once = new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null);
        onSale(new PromoCodeAddedEvent(SHOW, once), reservedUntil(OTHER_ORDER, EARLIER, "ONCE", held(GENERAL, 1)),
                new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 1)), Show.HOLD_EXPIRED))
                .when(reserve(ORDER, "ONCE", null, seats(GENERAL, 1)))
                .expectEventsMatching(ReserveTicketsTest.only(TicketsReservedEvent.class, e -> "ONCE".equals(e.pricing().promoCode())));
    }

    @Test
    void sweepingAgainReleasesNothingMore() {
        onSale(heldUntil(ORDER, EARLIER),
                new ReservationReleasedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), Show.HOLD_EXPIRED), heldUntil(OTHER_ORDER, LATER))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new ReleasedHolds(List.of(), LATER));
    }

    @Test
    void soldSeatsDoNotRunOut() {
        onSale(heldUntil(ORDER, EARLIER), new ReservationConfirmedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), false))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectNoEvents()
                .expectResultMessagePayload(new ReleasedHolds(List.of(), null));
    }

    @Test
    void holdsOfACancelledShowAlsoRunOut() {
        onSale(heldUntil(ORDER, EARLIER), new ShowCancelledEvent(SHOW, "storm"))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectEvents(new ReservationReleasedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), Show.HOLD_EXPIRED));
    }

    @Test
    void sweepNeedsAnInstant() {
        onSale().when(new ReleaseExpiredHoldsCommand(SHOW, null))
                .expectException(invalidInput("now"));
    }

    /** A published show selling 3 General Admission seats at 25.00, plus whatever else is given. */
    private TestExecutor<Show> onSale(Object... more) {
        List<Object> events = new ArrayList<>(List.of(created(),
                new TicketTypeAddedEvent(SHOW, GENERAL, ticket("General Admission", 3, "25.00")), published()));
        events.addAll(List.of(more));
        return fixture.given(events);
    }

    private static TicketsReservedEvent heldUntil(OrderId orderId, Instant expiresAt) {
        return heldUntil(orderId, expiresAt, 1);
    }

    private static TicketsReservedEvent heldUntil(OrderId orderId, Instant expiresAt, int quantity) {
        return reservedUntil(orderId, expiresAt, null, held(GENERAL, quantity));
    }
}
