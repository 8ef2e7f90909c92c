package com.piquetickets.command.show;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.SeatRequest;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a show holds seats for a request, at what price, paid how and until when: a pure function of what the show
 * sells ({@link Offer}), the request, the time and the checkout settings.
 * <p>
 * Mistakes in the request come first, so that bad input is refused without a trace whatever the show's state: what the
 * show can tell by looking (an unknown ticket type, a VIP option it lacks, a promo code it never had, a payment method
 * that cannot pay the price). Then the outcomes of the show's state, which are worth recording: not on sale, a promo
 * code not valid now or used up, sold out. The payment method is decided here once: asked for, or the default (card
 * when card payments are on, else offline), and FREE whenever the total is zero.
 */
final class SeatReservation {

    /** Held, or refused. */
    sealed interface Outcome permits Held, Refused {
    }

    record Held(OrderPricing pricing, PaymentMethod method, Instant holdExpiresAt) implements Outcome {
    }

    /** {@code recorded}: an outcome of the show's state (an event); otherwise a mistake in the request (nothing written). */
    record Refused(ReservationRejection reason, String message, boolean recorded) implements Outcome {
    }

    /**
     * What a show sells, as a reservation sees it. {@code endsAt} is its end time (or start time; null: neither set);
     * promo codes and their uses are keyed by {@link #promoKey}. The maps are read, never changed.
     */
    record Offer(ShowStatus status, Instant endsAt, String currency, boolean offlinePayment,
                 Map<UUID, TicketTypeState> ticketTypes, Map<String, PromoCodeSpec> promoCodes,
                 Map<String, Integer> promoUses) {
    }

    record Request(List<SeatRequest> seats, String promoCode, PaymentMethod requestedMethod) {
    }

    private final Instant now;
    private final FeeSchedule fees;
    private final CardPayments cardPayments;
    private final HoldDurations holdDurations;

    SeatReservation(Instant now, FeeSchedule fees, CardPayments cardPayments, HoldDurations holdDurations) {
        this.now = Objects.requireNonNull(now, "now");
        this.fees = Objects.requireNonNull(fees, "fees");
        this.cardPayments = Objects.requireNonNull(cardPayments, "cardPayments");
        this.holdDurations = Objects.requireNonNull(holdDurations, "holdDurations");
    }

    Outcome decide(Offer offer, Request request) {
        try {
            PromoCodeSpec promo = existingPromoCode(offer, request.promoCode());
            List<Pricing.Line> lines = lines(offer, request.seats(), promo);
            Pricing.Discount discount = promo == null ? null : new Pricing.Discount(promo.code(), promo.kind(), promo.value());
            OrderPricing pricing = Pricing.price(offer.currency(), lines, discount, fees);
            PaymentMethod method = method(offer, request.requestedMethod(), pricing.total());
            requireOnSale(offer);
            requireValidPromoCode(offer, promo, lines);
            requireSeatsLeft(offer, lines);
            return new Held(pricing, method, now.plus(holdDurations.holdFor(method)));
        } catch (Refusal refusal) {
            return refusal.refused;
        }
    }

    /** Promo codes ignore case. */
    static String promoKey(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** Why {@code wanted} seats of a ticket type (null: no longer on the show) cannot be had. */
    static String soldOutMessage(TicketTypeId ticketTypeId, TicketTypeState ticketType, int wanted) {
        if (ticketType == null) {
            return "ticket type " + ticketTypeId + " is no longer on sale";
        }
        int left = ticketType.remaining();
        return left == 0
                ? "'" + ticketType.spec().name() + "' is sold out"
                : "only " + left + " '" + ticketType.spec().name() + "' tickets left, " + wanted + " wanted";
    }

    // ---- mistakes in the request: refused, nothing recorded --------------------------------------------------------

    private static PromoCodeSpec existingPromoCode(Offer offer, String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String code = requested.trim();
        PromoCodeSpec promo = offer.promoCodes().get(promoKey(code));
        if (promo == null) {
            throw new Refusal(ReservationRejection.PROMO_CODE_INVALID, "promo code '" + code + "' does not exist for this show", false);
        }
        return promo;
    }

    private static List<Pricing.Line> lines(Offer offer, List<SeatRequest> seats, PromoCodeSpec promo) {
        if (seats.isEmpty()) {
            throw mistake("the order asks for no seats");
        }
        Set<UUID> seen = new HashSet<>();
        List<Pricing.Line> lines = new ArrayList<>(seats.size());
        for (SeatRequest seat : seats) {
            if (seat == null || seat.ticketTypeId() == null) {
                throw mistake("every line of the order needs a ticket type");
            }
            TicketTypeState ticketType = offer.ticketTypes().get(seat.ticketTypeId().value());
            if (ticketType == null) {
                throw mistake("the show has no ticket type " + seat.ticketTypeId());
            }
            TicketTypeSpec spec = ticketType.spec();
            if (!seen.add(seat.ticketTypeId().value())) {
                throw mistake("ticket type '" + spec.name() + "' is ordered more than once; order it once with a higher quantity");
            }
            if (seat.quantity() < 1) {
                throw mistake("order at least one '" + spec.name() + "' ticket, not " + seat.quantity());
            }
            if (seat.vip() && !spec.vipAllowed()) {
                throw mistake("ticket type '" + spec.name() + "' has no VIP option");
            }
            Money donation = donation(spec, seat.donationPerTicket(), offer.currency());
            boolean discounted = promo != null
                    && (promo.ticketTypeIds().isEmpty() || promo.ticketTypeIds().contains(seat.ticketTypeId()));
            lines.add(new Pricing.Line(seat.ticketTypeId(), spec.name(), seat.quantity(), spec.price(), donation,
                    seat.vip(), discounted));
        }
        return lines;
    }

    /** The donation per ticket: only on donation-based types, at least their minimum; none given means the minimum when that is zero. */
    private static Money donation(TicketTypeSpec spec, BigDecimal amount, String currency) {
        if (!spec.donationBased()) {
            if (amount != null) {
                throw mistake("ticket type '" + spec.name() + "' does not take a donation");
            }
            return Money.zero(currency);
        }
        Money minimum = spec.minimumDonation() == null ? Money.zero(currency) : spec.minimumDonation();
        if (amount == null) {
            if (minimum.signum() != 0) {
                throw mistake("ticket type '" + spec.name() + "' needs a donation of at least " + minimum + " per ticket");
            }
            return minimum;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw mistake("a donation to '" + spec.name() + "' has at most two decimal places, not " + amount.toPlainString());
        }
        Money donation = new Money(amount, currency);
        if (donation.isLessThan(minimum)) {
            throw mistake("ticket type '" + spec.name() + "' needs a donation of at least " + minimum + " per ticket, not "
                    + donation);
        }
        return donation;
    }

    private PaymentMethod method(Offer offer, PaymentMethod requested, Money total) {
        if (total.signum() == 0) {
            return PaymentMethod.FREE;
        }
        PaymentMethod method = requested != null ? requested : cardPayments.enabled() ? PaymentMethod.STRIPE : PaymentMethod.OFFLINE;
        switch (method) {
            case FREE -> throw mistake("the order costs " + total + "; only an order that costs nothing is free");
            case STRIPE -> {
                if (!cardPayments.enabled()) {
                    throw mistake("card payments are not configured, so the order (" + total + ") cannot be paid by STRIPE"
                            + (offer.offlinePayment() ? "; pay OFFLINE" : " and this show does not take offline payment"));
                }
            }
            case OFFLINE -> {
                if (!offer.offlinePayment()) {
                    throw mistake(requested == null
                            ? "card payments are not configured and this show does not take offline payment, so the order ("
                                    + total + ") cannot be paid"
                            : "this show does not take offline payment" + (cardPayments.enabled() ? "; pay by card (STRIPE)" : ""));
                }
            }
        }
        return method;
    }

    // ---- outcomes of the show's state: refused and recorded ----------------------------------------------------------

    private void requireOnSale(Offer offer) {
        if (offer.status() != ShowStatus.PUBLISHED) {
            throw new Refusal(ReservationRejection.NOT_ON_SALE, "the show is not on sale: " + switch (offer.status()) {
                case DRAFT -> "it is not published";
                case CANCELLED -> "it is cancelled";
                case DELETED -> "it is deleted";
                case PUBLISHED -> throw new IllegalStateException();
            }, true);
        }
        if (offer.endsAt() != null && !now.isBefore(offer.endsAt())) {
            throw new Refusal(ReservationRejection.NOT_ON_SALE, "the show has ended (at " + offer.endsAt() + ")", true);
        }
    }

    private void requireValidPromoCode(Offer offer, PromoCodeSpec promo, List<Pricing.Line> lines) {
        if (promo == null) {
            return;
        }
        if (promo.validFrom() != null && now.isBefore(promo.validFrom())) {
            throw promoInvalid("promo code '" + promo.code() + "' is valid from " + promo.validFrom());
        }
        if (promo.validUntil() != null && !now.isBefore(promo.validUntil())) {
            throw promoInvalid("promo code '" + promo.code() + "' expired at " + promo.validUntil());
        }
        if (lines.stream().noneMatch(Pricing.Line::discounted)) {
            List<String> names = promo.ticketTypeIds().stream()
                    .map(id -> offer.ticketTypes().get(id.value()))
                    .filter(Objects::nonNull)
                    .map(t -> "'" + t.spec().name() + "'")
                    .sorted()
                    .toList();
            throw promoInvalid("promo code '" + promo.code() + "' does not apply to any ticket type in this order"
                    + (names.isEmpty() ? "" : " (only to " + String.join(", ", names) + ")"));
        }
        int uses = offer.promoUses().getOrDefault(promoKey(promo.code()), 0);
        if (promo.maxUses() != null && uses >= promo.maxUses()) {
            throw new Refusal(ReservationRejection.PROMO_CODE_USED_UP,
                    "promo code '" + promo.code() + "' has been used " + uses + " of " + promo.maxUses() + " times", true);
        }
    }

    /** All or nothing: one line without enough seats refuses the order. */
    private static void requireSeatsLeft(Offer offer, List<Pricing.Line> lines) {
        for (Pricing.Line line : lines) {
            TicketTypeState ticketType = offer.ticketTypes().get(line.ticketTypeId().value());
            if (ticketType.remaining() < line.quantity()) {
                throw new Refusal(ReservationRejection.SOLD_OUT,
                        soldOutMessage(line.ticketTypeId(), ticketType, line.quantity()), true);
            }
        }
    }

    private static Refusal mistake(String message) {
        return new Refusal(ReservationRejection.INVALID_ORDER, message, false);
    }

    private static Refusal promoInvalid(String message) {
        return new Refusal(ReservationRejection.PROMO_CODE_INVALID, message, true);
    }

    /** Ends a decision early; never leaves this class. */
    private static final class Refusal extends RuntimeException {

        private final Refused refused;

        Refusal(ReservationRejection reason, String message, boolean recorded) {
            super(message, null, false, false);
            this.refused = new Refused(reason, message, recorded);
        }
    }
}
