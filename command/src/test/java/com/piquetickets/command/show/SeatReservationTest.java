package com.piquetickets.command.show;

import static com.piquetickets.command.show.ShowFixtures.END;
import static com.piquetickets.command.show.ShowFixtures.FEES;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.HOLDS;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static com.piquetickets.command.show.ShowFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.show.SeatReservation.Held;
import com.piquetickets.command.show.SeatReservation.Outcome;
import com.piquetickets.command.show.SeatReservation.Refused;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.SeatRequest;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reservation policy on its own: what a request may ask for, when a show sells, promo codes, capacity, price,
 * payment method and hold. A show selling 3 General Admission seats at 25.00 unless a test says otherwise.
 */
class SeatReservationTest {

    private static final TicketTypeId SUPPORTER = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f004"));
    private static final TicketTypeId CHEAP = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f005"));
    private static final TicketTypeId FREE = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f006"));

    private final Map<UUID, TicketTypeState> ticketTypes = new LinkedHashMap<>();
    private final Map<String, PromoCodeSpec> promoCodes = new HashMap<>();
    private final Map<String, Integer> promoUses = new HashMap<>();
    private ShowStatus status = ShowStatus.PUBLISHED;
    private Instant endsAt = END;
    private boolean offlinePayment;
    private CardPayments cardPayments = CardPayments.THROUGH_CONNECT;

    SeatReservationTest() {
        offer(GENERAL, ticket("General Admission", 3, "25.00"));
    }

    // ---- held: price, payment method and hold ---------------------------------------------------------------------

    @Test
    void seatsAreHeldAtTheirPriceUntilTheCardHoldRunsOut() {
        // 2 x 25.00 = 50.00; platform 2 % + 2 x 0.50 = 2.00; processing 3 % + 2 x 0.30 = 2.10
        OrderPricing pricing = new OrderPricing(
                List.of(new LinePrice(GENERAL, "General Admission", 2, usd("25.00"), usd("0.00"), usd("0.00"), usd("50.00"), false)),
                null, usd("50.00"), usd("0.00"), usd("2.00"), usd("2.10"), true, usd("54.10"));

        assertThat(decide(seats(GENERAL, 2)))
                .isEqualTo(new Held(pricing, PaymentMethod.STRIPE, NOW.plus(HOLDS.stripeHold())));
    }

    @Test
    void cardIsTheDefaultWhenCardPaymentsAreOn() {
        offlinePayment = true;

        assertThat(held(decide(seats(GENERAL, 1))).method()).isEqualTo(PaymentMethod.STRIPE);
    }

    @Test
    void offlineIsTheDefaultWithoutCardPayments() {
        cardPayments = CardPayments.WITHOUT_STRIPE;
        offlinePayment = true;

        Held held = held(decide(seats(GENERAL, 1)));

        assertThat(held.method()).isEqualTo(PaymentMethod.OFFLINE);
        assertThat(held.holdExpiresAt()).isEqualTo(NOW.plus(HOLDS.offlineHold()));
    }

    @Test
    void offlinePaymentIsTakenWhenAskedForAndTheShowAllowsIt() {
        offlinePayment = true;

        assertThat(held(decide(null, PaymentMethod.OFFLINE, seats(GENERAL, 1))).method()).isEqualTo(PaymentMethod.OFFLINE);
    }

    @Test
    void orderThatCostsNothingIsFreeWhateverWasAsked() {
        offer(FREE, ticket("Free", 10, "0.00"));

        Held held = held(decide(null, PaymentMethod.STRIPE, seats(FREE, 2)));

        assertThat(held.method()).isEqualTo(PaymentMethod.FREE);
        assertThat(held.holdExpiresAt()).isEqualTo(NOW.plus(HOLDS.freeHold()));
    }

    @Test
    void freeOrderIsHeldOnAShowWithoutOfflinePaymentOrCardPayments() {
        cardPayments = CardPayments.WITHOUT_STRIPE;
        offer(FREE, ticket("Free", 10, "0.00"));

        assertThat(held(decide(seats(FREE, 1))).method()).isEqualTo(PaymentMethod.FREE);
    }

    @Test
    void fullyDiscountedOrderIsFree() {
        promo(new PromoCodeSpec("ONUS", DiscountKind.PERCENTAGE, new BigDecimal("100"), null, null, null, null));

        Held held = held(decide("ONUS", null, seats(GENERAL, 1)));

        assertThat(held.method()).isEqualTo(PaymentMethod.FREE);
        assertThat(held.pricing().total()).isEqualTo(usd("0.00"));
    }

    @Test
    void freeTicketsCarryNoFees() {
        offer(FREE, ticket("Free", 10, "0.00"));

        OrderPricing pricing = held(decide(seats(FREE, 2))).pricing();

        assertThat(pricing.platformFee().signum()).isZero();
        assertThat(pricing.processingFee().signum()).isZero();
        assertThat(pricing.total().signum()).isZero();
    }

    @Test
    void vipIsPricedAsItsTicketType() {
        offer(VIP, new TicketTypeSpec("Lounge", null, 10, usd("40.00"), false, null, true));

        OrderPricing pricing = held(decide(new SeatRequest(VIP, 1, null, true))).pricing();

        assertThat(pricing.lines().getFirst().vip()).isTrue();
        assertThat(pricing.subtotal()).isEqualTo(usd("40.00"));
    }

    @Test
    void donationIsAddedToThePrice() {
        supporter("5.00");

        OrderPricing pricing = held(decide(new SeatRequest(SUPPORTER, 2, new BigDecimal("7.5"), false))).pricing();

        assertThat(pricing.lines().getFirst().donationPerTicket()).isEqualTo(usd("7.50"));
        assertThat(pricing.subtotal()).isEqualTo(usd("35.00"));
    }

    @Test
    void missingDonationIsTheMinimumWhenThatIsZero() {
        offer(SUPPORTER, new TicketTypeSpec("Pay what you want", null, 10, usd("0.00"), true, usd("0.00"), false));

        Held held = held(decide(seats(SUPPORTER, 1)));

        assertThat(held.pricing().lines().getFirst().donationPerTicket()).isEqualTo(usd("0.00"));
        assertThat(held.method()).isEqualTo(PaymentMethod.FREE);
    }

    @Test
    void promoCodeIgnoresCaseAndKeepsItsSpelling() {
        promo(new PromoCodeSpec("EarlyBird", DiscountKind.PERCENTAGE, new BigDecimal("20"), null, null, null, null));

        OrderPricing pricing = held(decide(" earlybird ", null, seats(GENERAL, 2))).pricing();

        assertThat(pricing.promoCode()).isEqualTo("EarlyBird");
        assertThat(pricing.discount()).isEqualTo(usd("10.00"));
    }

    @Test
    void promoCodeDiscountsOnlyTheTicketTypesItNames() {
        offer(VIP, ticket("VIP", 5, "40.00"));
        promo(new PromoCodeSpec("VIPONLY", DiscountKind.FIXED_AMOUNT, new BigDecimal("10"), null, null, null, Set.of(VIP)));

        OrderPricing pricing = held(decide("VIPONLY", null, seats(GENERAL, 1), seats(VIP, 1))).pricing();

        assertThat(pricing.discount()).isEqualTo(usd("10.00"));
        assertThat(pricing.lines().get(0).discountPerTicket()).isEqualTo(usd("0.00"));
    }

    @Test
    void percentageDiscountRoundsHalfEvenToTheCent() {
        // 12.5 % of 0.20 = 0.025 -> 0.02
        offer(CHEAP, ticket("Cheap", 10, "0.20"));
        promo(new PromoCodeSpec("EIGHTH", DiscountKind.PERCENTAGE, new BigDecimal("12.5"), null, null, null, null));

        assertThat(held(decide("EIGHTH", null, seats(CHEAP, 1))).pricing().discount()).isEqualTo(usd("0.02"));
    }

    @Test
    void promoCodeWithUsesLeftIsTaken() {
        promo(new PromoCodeSpec("TWICE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 2, null, null, null));
        promoUses.put("twice", 1);

        assertThat(held(decide("TWICE", null, seats(GENERAL, 1))).pricing().promoCode()).isEqualTo("TWICE");
    }

    @Test
    void showSellsUntilItEndsNotUntilItStarts() {
        endsAt = NOW.plusSeconds(1);

        assertThat(decide(seats(GENERAL, 1))).isInstanceOf(Held.class);
    }

    @Test
    void lastSeatsAreSold() {
        sold(GENERAL, 1, 1);

        assertThat(held(decide(seats(GENERAL, 1))).pricing().ticketCount()).isEqualTo(1);
    }

    // ---- mistakes in the request: refused, nothing recorded -------------------------------------------------------

    @Test
    void orderAsksForSeats() {
        assertMistake(decide(), "asks for no seats");
    }

    @Test
    void ticketTypeMustBeOfTheShow() {
        TicketTypeId unknown = new TicketTypeId(UUID.randomUUID());

        assertMistake(decide(seats(unknown, 1)), "the show has no ticket type " + unknown);
    }

    @Test
    void ticketTypeIsOrderedAtMostOnce() {
        assertMistake(decide(seats(GENERAL, 1), seats(GENERAL, 1)), "'General Admission' is ordered more than once");
    }

    @Test
    void quantityIsAtLeastOne() {
        assertMistake(decide(seats(GENERAL, 0)), "order at least one 'General Admission' ticket");
    }

    @Test
    void vipOnlyWhereTheTicketTypeAllowsIt() {
        assertMistake(decide(new SeatRequest(GENERAL, 1, null, true)), "'General Admission' has no VIP option");
    }

    @Test
    void ticketTypeWithoutDonationsTakesNone() {
        assertMistake(decide(new SeatRequest(GENERAL, 1, BigDecimal.ONE, false)), "'General Admission' does not take a donation");
    }

    @Test
    void donationMustReachTheMinimum() {
        supporter("5.00");

        assertMistake(decide(new SeatRequest(SUPPORTER, 1, new BigDecimal("4.99"), false)),
                "'Supporter' needs a donation of at least 5.00 USD per ticket, not 4.99 USD");
    }

    @Test
    void donationIsNeverNegative() {
        offer(SUPPORTER, new TicketTypeSpec("Pay what you want", null, 10, usd("0.00"), true, usd("0.00"), false));

        assertMistake(decide(new SeatRequest(SUPPORTER, 1, new BigDecimal("-1"), false)), "at least 0.00 USD");
    }

    @Test
    void missingDonationIsAMistakeWhenThereIsAMinimum() {
        supporter("5.00");

        assertMistake(decide(seats(SUPPORTER, 1)), "'Supporter' needs a donation of at least 5.00 USD");
    }

    @Test
    void donationHasAtMostTwoDecimals() {
        supporter("5.00");

        assertMistake(decide(new SeatRequest(SUPPORTER, 1, new BigDecimal("5.001"), false)), "at most two decimal places, not 5.001");
    }

    @Test
    void promoCodeMustExistForTheShow() {
        Refused refused = refused(decide("NOPE", null, seats(GENERAL, 1)));

        assertThat(refused).isEqualTo(new Refused(ReservationRejection.PROMO_CODE_INVALID,
                "promo code 'NOPE' does not exist for this show", false));
    }

    @Test
    void onlyAnOrderThatCostsNothingIsFree() {
        assertMistake(decide(null, PaymentMethod.FREE, seats(GENERAL, 1)),
                "the order costs 27.05 USD; only an order that costs nothing is free");
    }

    @Test
    void offlinePaymentOnlyWhereTheShowTakesIt() {
        assertMistake(decide(null, PaymentMethod.OFFLINE, seats(GENERAL, 1)),
                "this show does not take offline payment; pay by card (STRIPE)");
    }

    @Test
    void cardPaymentOnlyWhenCardPaymentsAreConfigured() {
        cardPayments = CardPayments.WITHOUT_STRIPE;
        offlinePayment = true;

        assertMistake(decide(null, PaymentMethod.STRIPE, seats(GENERAL, 1)),
                "card payments are not configured, so the order (27.05 USD) cannot be paid by STRIPE; pay OFFLINE");
    }

    @Test
    void pricedOrderCannotBePaidWithoutCardOrOfflinePayment() {
        cardPayments = CardPayments.WITHOUT_STRIPE;

        assertMistake(decide(seats(GENERAL, 1)),
                "card payments are not configured and this show does not take offline payment, so the order (27.05 USD) cannot be paid");
    }

    @Test
    void mistakesInTheRequestComeBeforeTheShowsState() {
        status = ShowStatus.DRAFT;
        sold(GENERAL, 3, 0);

        assertMistake(decide(new SeatRequest(GENERAL, 1, null, true)), "has no VIP option");
    }

    // ---- outcomes of the show's state: refused and recorded --------------------------------------------------------

    @Test
    void draftShowIsNotOnSale() {
        status = ShowStatus.DRAFT;

        assertRecorded(decide(seats(GENERAL, 1)), ReservationRejection.NOT_ON_SALE, "the show is not on sale: it is not published");
    }

    @Test
    void cancelledShowIsNotOnSale() {
        status = ShowStatus.CANCELLED;

        assertRecorded(decide(seats(GENERAL, 1)), ReservationRejection.NOT_ON_SALE, "it is cancelled");
    }

    @Test
    void deletedShowIsNotOnSale() {
        status = ShowStatus.DELETED;

        assertRecorded(decide(seats(GENERAL, 1)), ReservationRejection.NOT_ON_SALE, "it is deleted");
    }

    @Test
    void endedShowIsNotOnSale() {
        endsAt = NOW;

        assertRecorded(decide(seats(GENERAL, 1)), ReservationRejection.NOT_ON_SALE, "the show has ended (at " + NOW + ")");
    }

    @Test
    void promoCodeIsNotValidBeforeItsWindow() {
        promo(new PromoCodeSpec("SOON", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, NOW.plusSeconds(1), null, null));

        assertRecorded(decide("SOON", null, seats(GENERAL, 1)), ReservationRejection.PROMO_CODE_INVALID,
                "promo code 'SOON' is valid from " + NOW.plusSeconds(1));
    }

    @Test
    void promoCodeIsNotValidAfterItsWindow() {
        promo(new PromoCodeSpec("GONE", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, null, NOW, null));

        assertRecorded(decide("GONE", null, seats(GENERAL, 1)), ReservationRejection.PROMO_CODE_INVALID,
                "promo code 'GONE' expired at " + NOW);
    }

    @Test
    void promoCodeForOtherTicketTypesDoesNotApply() {
        offer(VIP, ticket("VIP", 5, "40.00"));
        promo(new PromoCodeSpec("VIPONLY", DiscountKind.PERCENTAGE, BigDecimal.TEN, null, null, null, Set.of(VIP)));

        assertRecorded(decide("VIPONLY", null, seats(GENERAL, 1)), ReservationRejection.PROMO_CODE_INVALID,
                "promo code 'VIPONLY' does not apply to any ticket type in this order (only to 'VIP')");
    }

    @Test
    void promoCodeIsUsedUpAtItsMaximumUses() {
        promo(new PromoCodeSpec("ONCE", DiscountKind.PERCENTAGE, BigDecimal.TEN, 1, null, null, null));
        promoUses.put("once", 1);

        assertRecorded(decide("once", null, seats(GENERAL, 1)), ReservationRejection.PROMO_CODE_USED_UP,
                "promo code 'ONCE' has been used 1 of 1 times");
    }

    @Test
    void cannotReserveMoreThanRemaining() {
        sold(GENERAL, 1, 1);

        assertRecorded(decide(seats(GENERAL, 2)), ReservationRejection.SOLD_OUT, "only 1 'General Admission' tickets left, 2 wanted");
    }

    @Test
    void soldAndHeldSeatsAreNotOnSale() {
        sold(GENERAL, 2, 1);

        assertRecorded(decide(seats(GENERAL, 1)), ReservationRejection.SOLD_OUT, "'General Admission' is sold out");
    }

    @Test
    void reservationIsAllOrNothing() {
        offer(VIP, ticket("VIP", 1, "40.00"));

        assertRecorded(decide(seats(GENERAL, 1), seats(VIP, 2)), ReservationRejection.SOLD_OUT,
                "only 1 'VIP' tickets left, 2 wanted");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private Outcome decide(SeatRequest... seats) {
        return decide(null, null, seats);
    }

    private Outcome decide(String promoCode, PaymentMethod method, SeatRequest... seats) {
        var offer = new SeatReservation.Offer(status, endsAt, USD, offlinePayment, ticketTypes, promoCodes, promoUses);
        return new SeatReservation(NOW, FEES, cardPayments, HOLDS)
                .decide(offer, new SeatReservation.Request(List.of(seats), promoCode, method));
    }

    private void offer(TicketTypeId id, TicketTypeSpec spec) {
        ticketTypes.put(id.value(), TicketTypeState.offered(spec));
    }

    private void supporter(String minimum) {
        offer(SUPPORTER, new TicketTypeSpec("Supporter", null, 10, usd("10.00"), true, usd(minimum), false));
    }

    private void sold(TicketTypeId id, int sold, int held) {
        ticketTypes.computeIfPresent(id.value(), (key, state) -> state.plusSold(sold).plusHeld(held));
    }

    private void promo(PromoCodeSpec spec) {
        promoCodes.put(SeatReservation.promoKey(spec.code()), spec);
    }

    private static Held held(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Held.class);
        return (Held) outcome;
    }

    private static Refused refused(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return (Refused) outcome;
    }

    private static void assertMistake(Outcome outcome, String messagePart) {
        Refused refused = refused(outcome);
        assertThat(refused.reason()).isEqualTo(ReservationRejection.INVALID_ORDER);
        assertThat(refused.recorded()).as("recorded").isFalse();
        assertThat(refused.message()).contains(messagePart);
    }

    private static void assertRecorded(Outcome outcome, ReservationRejection reason, String messagePart) {
        Refused refused = refused(outcome);
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.recorded()).as("recorded").isTrue();
        assertThat(refused.message()).contains(messagePart);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
