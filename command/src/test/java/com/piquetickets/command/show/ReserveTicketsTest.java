package com.piquetickets.command.show;

import static com.piquetickets.command.show.ShowFixtures.END;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.HOLD_EXPIRES;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.VENUE;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.line;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserve;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static com.piquetickets.command.show.ShowFixtures.ticket;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holding seats for an order: whether the show sells, what the order may ask for, promo codes, capacity and price. */
class ReserveTicketsTest {

    private static final TicketTypeId PAY_WHAT_YOU_WANT = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f003"));
    private static final TicketTypeId SUPPORTER = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f004"));
    private static final TicketTypeId CHEAP = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f005"));
    private static final TicketTypeId FREE = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f006"));

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        fixture = ShowFixtures.fixture(ShowFixtures.registry());
    }

    // ---- a show that sells ----------------------------------------------------------------------------------------

    @Test
    void seatsAreHeldForAnOrderAtItsPrice() {
        // 2 x 25.00 = 50.00; platform 2 % + 2 x 0.50 = 2.00; processing 3 % + 2 x 0.30 = 2.10
        OrderPricing pricing = new OrderPricing(
                List.of(new LinePrice(GENERAL, "General Admission", 2, usd("25.00"), usd("0.00"), usd("0.00"), usd("50.00"), false)),
                null, usd("50.00"), usd("0.00"), usd("2.00"), usd("2.10"), true, usd("54.10"));

        onSale().when(reserve(ORDER, line(GENERAL, 2)))
                .expectEvents(new TicketsReservedEvent(SHOW, ORDER, pricing, HOLD_EXPIRES));
    }

    @Test
    void draftShowIsNotOnSale() {
        fixture.given(created(), general(3))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.NOT_ON_SALE, "not on sale"));
    }

    @Test
    void cancelledShowIsNotOnSale() {
        fixture.given(created(), general(3), published(), new ShowCancelledEvent(SHOW, "storm"))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.NOT_ON_SALE, "cancelled"));
    }

    @Test
    void endedShowIsNotOnSale() {
        Instant start = NOW.minusSeconds(7200);
        fixture.given(created(ShowFixtures.details("Past", null, start, NOW, VENUE)), general(3), published())
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.NOT_ON_SALE, "has ended"));
    }

    @Test
    void showSellsUntilItEndsNotUntilItStarts() {
        Instant start = NOW.minusSeconds(600);
        fixture.given(created(ShowFixtures.details("Running", null, start, END, VENUE)), general(3), published())
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 1));
    }

    @Test
    void reservingAgainForAnOrderIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 1))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectNoEvents();
    }

    @Test
    void reservingAgainAfterTheHoldWasReleasedIsANoOp() {
        onSale(reserved(ORDER, GENERAL, 1), new ReservationReleasedEvent(SHOW, ORDER, List.of(seats(GENERAL, 1)), "expired"))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectNoEvents();
    }

    // ---- what an order may ask for --------------------------------------------------------------------------------

    @Test
    void orderNeedsLines() {
        onSale().when(reserve(ORDER))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "no lines"));
    }

    @Test
    void ticketTypeMustExist() {
        TicketTypeId unknown = new TicketTypeId(UUID.randomUUID());
        onSale().when(reserve(ORDER, line(unknown, 1)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, unknown.toString()));
    }

    @Test
    void ticketTypeIsOrderedAtMostOncePerOrder() {
        onSale().when(reserve(ORDER, line(GENERAL, 1), line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "more than once"));
    }

    @Test
    void quantityIsAtLeastOne() {
        onSale().when(reserve(ORDER, line(GENERAL, 0)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "at least one"));
    }

    @Test
    void vipOnlyWhereTheTicketTypeAllowsIt() {
        onSale().when(reserve(ORDER, new OrderLine(GENERAL, 1, null, true, null)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "VIP"));
    }

    @Test
    void vipIsPricedAsItsTicketType() {
        TicketTypeSpec vipAllowed = new TicketTypeSpec("Lounge", null, 10, usd("40.00"), false, null, true);
        onSale(new TicketTypeAddedEvent(SHOW, VIP, vipAllowed))
                .when(reserve(ORDER, new OrderLine(VIP, 1, null, true, null)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().lines().getFirst().vip()
                        && e.pricing().subtotal().equals(usd("40.00"))));
    }

    @Test
    void donationMustReachTheMinimum() {
        onSale(supporter("5.00"))
                .when(reserve(ORDER, new OrderLine(SUPPORTER, 1, usd("4.99"), false, null)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "at least 5.00 USD"));
    }

    @Test
    void donationIsAddedToThePrice() {
        onSale(supporter("5.00"))
                .when(reserve(ORDER, new OrderLine(SUPPORTER, 2, usd("7.50"), false, null)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().lines().getFirst().donationPerTicket().equals(usd("7.50"))
                        && e.pricing().subtotal().equals(usd("35.00"))));
    }

    @Test
    void missingDonationIsTheMinimumWhenThatIsZero() {
        onSale(payWhatYouWant())
                .when(reserve(ORDER, line(PAY_WHAT_YOU_WANT, 1)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().lines().getFirst().donationPerTicket().equals(usd("0.00"))
                        && e.pricing().total().equals(usd("0.00"))));
    }

    @Test
    void missingDonationIsAnInvalidOrderWhenThereIsAMinimum() {
        onSale(supporter("5.00"))
                .when(reserve(ORDER, line(SUPPORTER, 1)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "needs a donation"));
    }

    @Test
    void ticketTypeWithoutDonationsTakesNone() {
        onSale().when(reserve(ORDER, new OrderLine(GENERAL, 1, usd("1.00"), false, null)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "does not take a donation"));
    }

    @Test
    void donationIsInTheShowCurrency() {
        onSale(supporter("5.00"))
                .when(reserve(ORDER, new OrderLine(SUPPORTER, 1, Money.of("9.00", "EUR"), false, null)))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "currency"));
    }

    @Test
    void offlinePaymentOnlyWhereTheShowTakesIt() {
        onSale().when(withMethod(reserve(ORDER, line(GENERAL, 1)), PaymentMethod.OFFLINE))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "offline"));
    }

    @Test
    void offlinePaymentIsTakenWhenTheShowAllowsIt() {
        onSale(new OfflinePaymentSetEvent(SHOW, true))
                .when(withMethod(reserve(ORDER, line(GENERAL, 1)), PaymentMethod.OFFLINE))
                .expectEventsMatching(reservedMatching(e -> true));
    }

    @Test
    void onlyAnOrderThatCostsNothingIsFree() {
        onSale().when(withMethod(reserve(ORDER, line(GENERAL, 1)), PaymentMethod.FREE))
                .expectEventsMatching(rejected(ReservationRejection.INVALID_ORDER, "only an order that costs nothing"));
    }

    // ---- promo codes ----------------------------------------------------------------------------------------------

    @Test
    void promoCodeMustExist() {
        onSale().when(reserve(ORDER, "NOPE", line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_INVALID, "does not exist"));
    }

    @Test
    void promoCodeIgnoresCaseAndKeepsItsSpelling() {
        onSale(promo(new PromoCodeSpec("EarlyBird", DiscountKind.PERCENTAGE, new BigDecimal("20"), null, null, null, null)))
                .when(reserve(ORDER, "earlybird", line(GENERAL, 2)))
                .expectEventsMatching(reservedMatching(e -> "EarlyBird".equals(e.pricing().promoCode())
                        && e.pricing().discount().equals(usd("10.00"))));
    }

    @Test
    void promoCodeIsNotValidBeforeItsWindow() {
        onSale(promo(new PromoCodeSpec("SOON", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, NOW.plusSeconds(1), null, null)))
                .when(reserve(ORDER, "SOON", line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_INVALID, "valid from"));
    }

    @Test
    void promoCodeIsNotValidAfterItsWindow() {
        onSale(promo(new PromoCodeSpec("GONE", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, null, NOW, null)))
                .when(reserve(ORDER, "GONE", line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_INVALID, "expired"));
    }

    @Test
    void promoCodeForOtherTicketTypesIsInvalid() {
        onSale(general(3), new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", 5, "40.00")),
                promo(new PromoCodeSpec("VIPONLY", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, null, null, Set.of(VIP))))
                .when(reserve(ORDER, "VIPONLY", line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_INVALID, "does not apply"));
    }

    @Test
    void promoCodeDiscountsOnlyTheTicketTypesItNames() {
        onSale(general(3), new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", 5, "40.00")),
                promo(new PromoCodeSpec("VIPONLY", DiscountKind.FIXED_AMOUNT, new BigDecimal("10"), null, null, null, Set.of(VIP))))
                .when(reserve(ORDER, "VIPONLY", line(GENERAL, 1), line(VIP, 1)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().discount().equals(usd("10.00"))
                        && e.pricing().lines().get(0).discountPerTicket().equals(usd("0.00"))));
    }

    @Test
    void promoCodeIsUsedUpAtItsMaximumUses() {
        onSale(promo(new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null)),
                reserved(OTHER_ORDER, "ONCE", seats(GENERAL, 1)))
                .when(reserve(ORDER, "once", line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_USED_UP, "used 1 of 1"));
    }

    @Test
    void releasedHoldGivesItsPromoUseBack() {
        onSale(promo(new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null)),
                reserved(OTHER_ORDER, "ONCE", seats(GENERAL, 1)),
                new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(seats(GENERAL, 1)), "expired"))
                .when(reserve(ORDER, "ONCE", line(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> "ONCE".equals(e.pricing().promoCode())));
    }

    @Test
    void percentageDiscountRoundsHalfEvenToTheCent() {
        // 12.5 % of 0.20 = 0.025 -> 0.02
        onSale(new TicketTypeAddedEvent(SHOW, CHEAP, ticket("Cheap", 10, "0.20")),
                promo(new PromoCodeSpec("EIGHTH", DiscountKind.PERCENTAGE, new BigDecimal("12.5"), null, null, null, null)))
                .when(reserve(ORDER, "EIGHTH", line(CHEAP, 1)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().discount().equals(usd("0.02"))));
    }

    @Test
    void freeTicketsCarryNoFees() {
        onSale(new TicketTypeAddedEvent(SHOW, FREE, ticket("Free", 10, "0.00")))
                .when(withMethod(reserve(ORDER, line(FREE, 2)), PaymentMethod.FREE))
                .expectEventsMatching(reservedMatching(e -> e.pricing().platformFee().signum() == 0
                        && e.pricing().processingFee().signum() == 0 && e.pricing().total().signum() == 0));
    }

    // ---- capacity -------------------------------------------------------------------------------------------------

    @Test
    void cannotReserveMoreThanRemaining() {
        onSale(reserved(OTHER_ORDER, GENERAL, 2))
                .when(reserve(ORDER, line(GENERAL, 2)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "only 1 'General Admission' tickets left"));
    }

    @Test
    void lastSeatsGoToTheFirstOrder() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "'General Admission' is sold out"));
    }

    @Test
    void soldSeatsCountAgainstCapacity() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationConfirmedEvent(SHOW, OTHER_ORDER, List.of(seats(GENERAL, 3)), false))
                .when(reserve(ORDER, line(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "sold out"));
    }

    @Test
    void releasedSeatsAreOnSaleAgain() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(seats(GENERAL, 3)), "expired"))
                .when(reserve(ORDER, line(GENERAL, 3)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 3));
    }

    @Test
    void returnedSeatsAreOnSaleAgain() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationConfirmedEvent(SHOW, OTHER_ORDER, List.of(seats(GENERAL, 3)), false),
                new TicketsReturnedEvent(SHOW, OTHER_ORDER, List.of(seats(GENERAL, 3))))
                .when(reserve(ORDER, line(GENERAL, 3)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 3));
    }

    @Test
    void reservationIsAllOrNothing() {
        onSale(new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", 1, "40.00")))
                .when(reserve(ORDER, line(GENERAL, 1), line(VIP, 2)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "'VIP'"));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** A published show selling 3 General Admission seats at 25.00, plus whatever else is given. */
    private TestExecutor<Show> onSale(Object... more) {
        List<Object> events = new ArrayList<>(List.of(created(), general(3), published()));
        events.addAll(List.of(more));
        return fixture.given(events);
    }

    private static TicketTypeAddedEvent general(int quantity) {
        return new TicketTypeAddedEvent(SHOW, GENERAL, ticket("General Admission", quantity, "25.00"));
    }

    private static TicketTypeAddedEvent supporter(String minimum) {
        return new TicketTypeAddedEvent(SHOW, SUPPORTER,
                new TicketTypeSpec("Supporter", null, 10, usd("10.00"), true, usd(minimum), false));
    }

    private static TicketTypeAddedEvent payWhatYouWant() {
        return new TicketTypeAddedEvent(SHOW, PAY_WHAT_YOU_WANT,
                new TicketTypeSpec("Pay what you want", null, 10, usd("0.00"), true, usd("0.00"), false));
    }

    private static PromoCodeAddedEvent promo(PromoCodeSpec spec) {
        return new PromoCodeAddedEvent(SHOW, spec);
    }

    private static ReserveTicketsCommand withMethod(ReserveTicketsCommand c, PaymentMethod method) {
        return new ReserveTicketsCommand(c.showId(), c.orderId(), c.lines(), c.promoCode(), method, c.holdExpiresAt());
    }

    static Matcher<List<EventMessage<?>>> rejected(ReservationRejection reason, String messagePart) {
        return only(TicketReservationRejectedEvent.class,
                e -> e.reason() == reason && e.orderId().equals(ORDER) && e.message().contains(messagePart));
    }

    private static Matcher<List<EventMessage<?>>> reservedMatching(Predicate<TicketsReservedEvent> check) {
        return only(TicketsReservedEvent.class, e -> e.orderId().equals(ORDER) && check.test(e));
    }

    /** Exactly one event, of {@code type}, that passes {@code check}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Matcher<List<EventMessage<?>>> only(Class<T> type, Predicate<T> check) {
        Matcher<Object> one = predicate(p -> type.isInstance(p) && check.test(type.cast(p)));
        return (Matcher) payloadsMatching(exactSequenceOf(one, andNoMore()));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
