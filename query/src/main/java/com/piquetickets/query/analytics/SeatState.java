package com.piquetickets.query.analytics;

/**
 * Where an order's seats of one ticket type stand, as in the show view's holds. States only move forward
 * (HELD -> RELEASED -> SOLD -> RETURNED), so an event applied twice changes nothing the second time; each state counts
 * its seats in one column of the ledger.
 */
enum SeatState {
    HELD,
    RELEASED,
    SOLD,
    RETURNED;

    boolean isBefore(SeatState next) {
        return ordinal() < next.ordinal();
    }

    /** The seats this state counts as held. */
    int held(int quantity) {
        return this == HELD ? quantity : 0;
    }

    /** The seats this state counts as sold. */
    int sold(int quantity) {
        return this == SOLD ? quantity : 0;
    }

    /** The seats this state counts as refunded (returned). */
    int refunded(int quantity) {
        return this == RETURNED ? quantity : 0;
    }
}
