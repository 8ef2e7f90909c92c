package com.piquetickets.query.show;

/**
 * Where the seats of an order stand at a show. A hold only moves forward in this order, so an event applied again
 * (a redelivery, or a history run over rows that are already further on) never moves it back:
 * HELD (waiting for payment) -> RELEASED (expired or failed; a late payment may still take them) -> SOLD -> RETURNED
 * (refunded). A paid order goes straight from HELD to SOLD.
 */
enum HoldState {
    HELD,
    RELEASED,
    SOLD,
    RETURNED;

    boolean isBefore(HoldState next) {
        return ordinal() < next.ordinal();
    }
}
