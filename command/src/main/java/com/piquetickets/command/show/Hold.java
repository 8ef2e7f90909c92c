package com.piquetickets.command.show;

import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.show.ReservedSeats;
import java.time.Instant;
import java.util.List;

/**
 * The seats a show keeps for one order: which, under which promo code (lower case, null without one), until when,
 * and where the order is with them. While HELD it also keeps what the show answered ({@code terms}), to give the same
 * answer to a repeated request; afterwards only what the seats need, which keeps a busy show's snapshot small.
 */
record Hold(List<ReservedSeats> seats, String promoKey, Instant expiresAt, State state, Terms terms) {

    enum State {
        /** Kept for the order until it pays or the hold is released. */
        HELD,
        /** Paid for. */
        SOLD,
        /** Given back unpaid; a late payment may still take the seats again. */
        RELEASED,
        /** Given back after a refund. */
        RETURNED
    }

    /** The price and payment of held seats, as the show decided them. */
    record Terms(OrderPricing pricing, PaymentMethod method, String payoutAccountId) {
    }

    Hold {
        seats = List.copyOf(seats);
    }

    static Hold held(Terms terms, Instant expiresAt) {
        OrderPricing pricing = terms.pricing();
        List<ReservedSeats> seats = pricing.lines().stream()
                .map(line -> new ReservedSeats(line.ticketTypeId(), line.quantity()))
                .toList();
        String promoKey = pricing.promoCode() == null ? null : SeatReservation.promoKey(pricing.promoCode());
        return new Hold(seats, promoKey, expiresAt, State.HELD, terms);
    }

    Hold in(State newState) {
        return new Hold(seats, promoKey, expiresAt, newState, newState == State.HELD ? terms : null);
    }

    boolean is(State wanted) {
        return state == wanted;
    }
}
