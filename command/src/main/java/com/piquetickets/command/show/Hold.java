package com.piquetickets.command.show;

import com.piquetickets.domain.show.ReservedSeats;
import java.time.Instant;
import java.util.List;

/**
 * The seats a show keeps for one order: which, under which promo code (lower case, null without one), until when,
 * and where the order is with them.
 */
record Hold(List<ReservedSeats> seats, String promoKey, Instant expiresAt, State state) {

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

    Hold {
        seats = List.copyOf(seats);
    }

    Hold in(State newState) {
        return new Hold(seats, promoKey, expiresAt, newState);
    }
}
