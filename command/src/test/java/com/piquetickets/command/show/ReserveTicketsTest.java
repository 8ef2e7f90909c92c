package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.HOLD_EXPIRES;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.PAYOUT_ACCOUNT;
import static com.piquetickets.command.show.ShowFixtures.PRODUCER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.held;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserve;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static com.piquetickets.command.show.ShowFixtures.ticket;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationDecision.SeatsHeld;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holding seats for an order, as events and answers: what is recorded, what is only answered, where the money goes, and
 * how holds, sales and releases move the seats on sale. The decisions themselves are {@link SeatReservationTest}'s.
 */
class ReserveTicketsTest {

    private static final TicketTypeId FREE = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f006"));
    /** 2 x 25.00 = 50.00; platform 2 % + 2 x 0.50 = 2.00; processing 3 % + 2 x 0.30 = 2.10. */
    private static final OrderPricing TWO_GENERAL = new OrderPricing(
            List.of(new LinePrice(GENERAL, "General Admission", 2, usd("25.00"), usd("0.00"), usd("0.00"), usd("50.00"), false)),
            null, usd("50.00"), usd("0.00"), usd("2.00"), usd("2.10"), true, usd("54.10"));

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        registry = ShowFixtures.registryTakingCharges();
        fixture = ShowFixtures.fixture(registry, CardPayments.THROUGH_CONNECT);
    }

    // ---- held -----------------------------------------------------------------------------------------------------

    @Test
    void heldSeatsAreRecordedAndAnsweredWithTheirPriceAndWhereTheMoneyGoes() {
        onSale().when(reserve(ORDER, seats(GENERAL, 2)))
                .expectEvents(new TicketsReservedEvent(SHOW, ORDER, TWO_GENERAL, PaymentMethod.STRIPE, HOLD_EXPIRES, PRODUCER,
                        PAYOUT_ACCOUNT))
                .expectResultMessagePayload(new SeatsHeld(TWO_GENERAL, PaymentMethod.STRIPE, HOLD_EXPIRES, PRODUCER,
                        PAYOUT_ACCOUNT));
    }

    @Test
    void cardPaymentOfAProducerWithoutChargesGoesToThePlatform() {
        ShowFixtures.fixture(ShowFixtures.registry(), CardPayments.THROUGH_CONNECT)
                .given(created(), general(3), published())
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> e.paymentMethod() == PaymentMethod.STRIPE
                        && e.payoutAccountId() == null));
    }

    @Test
    void cardPaymentsOutsideConnectGoToThePlatform() {
        ShowFixtures.fixture(registry, new CardPayments(true, false))
                .given(created(), general(3), published())
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> e.payoutAccountId() == null));
    }

    @Test
    void offlinePaymentHasNoPayoutAccount() {
        onSale(new OfflinePaymentSetEvent(SHOW, true))
                .when(reserve(ORDER, null, PaymentMethod.OFFLINE, seats(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> e.paymentMethod() == PaymentMethod.OFFLINE
                        && e.payoutAccountId() == null && e.holdExpiresAt().equals(NOW.plus(ShowFixtures.HOLDS.offlineHold()))));
    }

    @Test
    void freeOrderIsHeldOnAShowWithoutOfflinePaymentWhenStripeIsNotConfigured() {
        ShowFixtures.fixture(ShowFixtures.registry(), CardPayments.WITHOUT_STRIPE)
                .given(created(), new TicketTypeAddedEvent(SHOW, FREE, ticket("Free entry", 10, "0.00")), published())
                .when(reserve(ORDER, seats(FREE, 2)))
                .expectEventsMatching(reservedMatching(e -> e.paymentMethod() == PaymentMethod.FREE))
                .expectResultMessagePayloadMatching(predicate(answer -> answer instanceof SeatsHeld held
                        && held.method() == PaymentMethod.FREE && held.pricing().total().signum() == 0
                        && held.payoutAccountId() == null));
    }

    @Test
    void showSellsUntilItEndsNotUntilItStarts() {
        fixture.given(created(ShowFixtures.details("Running", null, NOW.minusSeconds(600), ShowFixtures.END, ShowFixtures.VENUE)),
                        general(3), published())
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 1));
    }

    @Test
    void repeatedRequestForHeldSeatsGetsTheFirstAnswerAgain() {
        TicketsReservedEvent first = new TicketsReservedEvent(SHOW, ORDER, TWO_GENERAL, PaymentMethod.STRIPE, HOLD_EXPIRES,
                PRODUCER, PAYOUT_ACCOUNT);
        onSale(first)
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(new SeatsHeld(TWO_GENERAL, PaymentMethod.STRIPE, HOLD_EXPIRES, PRODUCER,
                        PAYOUT_ACCOUNT));
    }

    @Test
    void repeatedRequestAfterTheHoldWasReleasedIsRefusedWithoutAnEvent() {
        onSale(reserved(ORDER, GENERAL, 1), new ReservationReleasedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), "expired"))
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(new SeatsRefused(ReservationRejection.INVALID_ORDER, "order " + ORDER
                        + " already reserved seats of this show, which are released; place a new order", false));
    }

    @Test
    void orderIdIsRequired() {
        onSale().when(reserve(null, seats(GENERAL, 1)))
                .expectException(invalidInput("orderId"));
    }

    // ---- refused --------------------------------------------------------------------------------------------------

    @Test
    void mistakeInTheRequestIsAnsweredAndWritesNoEvent() {
        TicketTypeId unknown = new TicketTypeId(UUID.randomUUID());
        onSale().when(reserve(ORDER, seats(unknown, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(new SeatsRefused(ReservationRejection.INVALID_ORDER,
                        "the show has no ticket type " + unknown, false));
    }

    @Test
    void unknownPromoCodeIsAnsweredAndWritesNoEvent() {
        onSale().when(reserve(ORDER, "NOPE", null, seats(GENERAL, 1)))
                .expectNoEvents()
                .expectResultMessagePayload(new SeatsRefused(ReservationRejection.PROMO_CODE_INVALID,
                        "promo code 'NOPE' does not exist for this show", false));
    }

    @Test
    void paymentMethodTheShowDoesNotTakeIsAnsweredAndWritesNoEvent() {
        onSale().when(reserve(ORDER, null, PaymentMethod.OFFLINE, seats(GENERAL, 1)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(refusal(ReservationRejection.INVALID_ORDER, false, "offline payment"));
    }

    @Test
    void notOnSaleIsRecorded() {
        fixture.given(created(), general(3), published(), new ShowCancelledEvent(SHOW, "storm"))
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.NOT_ON_SALE, "cancelled"))
                .expectResultMessagePayloadMatching(refusal(ReservationRejection.NOT_ON_SALE, true, "cancelled"));
    }

    @Test
    void draftShowIsNotOnSale() {
        fixture.given(created(), general(3))
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.NOT_ON_SALE, "not on sale"));
    }

    @Test
    void soldOutIsRecordedAndAnswered() {
        onSale(reserved(OTHER_ORDER, GENERAL, 2))
                .when(reserve(ORDER, seats(GENERAL, 2)))
                .expectEvents(new TicketReservationRejectedEvent(SHOW, ORDER, ReservationRejection.SOLD_OUT,
                        "only 1 'General Admission' tickets left, 2 wanted"))
                .expectResultMessagePayload(new SeatsRefused(ReservationRejection.SOLD_OUT,
                        "only 1 'General Admission' tickets left, 2 wanted", true));
    }

    @Test
    void usedUpPromoCodeIsRecorded() {
        onSale(promo(once()), reserved(OTHER_ORDER, "ONCE", held(GENERAL, 1)))
                .when(reserve(ORDER, "once", null, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_USED_UP, "used 1 of 1"));
    }

    // ---- how holds, sales and releases move the seats on sale ------------------------------------------------------

    @Test
    void heldSeatsAreNotOnSale() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3))
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "'General Admission' is sold out"));
    }

    @Test
    void soldSeatsAreNotOnSale() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationConfirmedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 3)), false))
                .when(reserve(ORDER, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.SOLD_OUT, "sold out"));
    }

    @Test
    void releasedSeatsAreOnSaleAgain() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 3)), "expired"))
                .when(reserve(ORDER, seats(GENERAL, 3)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 3));
    }

    @Test
    void returnedSeatsAreOnSaleAgain() {
        onSale(reserved(OTHER_ORDER, GENERAL, 3),
                new ReservationConfirmedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 3)), false),
                new TicketsReturnedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 3))))
                .when(reserve(ORDER, seats(GENERAL, 3)))
                .expectEventsMatching(reservedMatching(e -> e.pricing().ticketCount() == 3));
    }

    @Test
    void heldPromoCodeCountsAsAUse() {
        onSale(promo(once()), reserved(OTHER_ORDER, "ONCE", held(GENERAL, 1)))
                .when(reserve(ORDER, "ONCE", null, seats(GENERAL, 1)))
                .expectEventsMatching(rejected(ReservationRejection.PROMO_CODE_USED_UP, "ONCE"));
    }

    @Test
    void releasedHoldGivesItsPromoUseBack() {
        onSale(promo(once()), reserved(OTHER_ORDER, "ONCE", held(GENERAL, 1)),
                new ReservationReleasedEvent(SHOW, OTHER_ORDER, List.of(held(GENERAL, 1)), "expired"))
                .when(reserve(ORDER, "ONCE", null, seats(GENERAL, 1)))
                .expectEventsMatching(reservedMatching(e -> "ONCE".equals(e.pricing().promoCode())));
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

    private static PromoCodeSpec once() {
        return new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null);
    }

    private static PromoCodeAddedEvent promo(PromoCodeSpec spec) {
        return new PromoCodeAddedEvent(SHOW, spec);
    }

    static Matcher<List<EventMessage<?>>> rejected(ReservationRejection reason, String messagePart) {
        return only(TicketReservationRejectedEvent.class,
                e -> e.reason() == reason && e.orderId().equals(ORDER) && e.message().contains(messagePart));
    }

    private static Matcher<List<EventMessage<?>>> reservedMatching(Predicate<TicketsReservedEvent> check) {
        return only(TicketsReservedEvent.class, e -> e.orderId().equals(ORDER) && check.test(e));
    }

    private static Matcher<Object> refusal(ReservationRejection reason, boolean recorded, String messagePart) {
        return predicate(answer -> answer instanceof SeatsRefused refused && refused.reason() == reason
                && refused.recorded() == recorded && refused.message().contains(messagePart));
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
