package com.piquetickets.command.show;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.show.TicketTypeSpec;

/**
 * A ticket type of a show as the aggregate tracks it: what it sells, and how many seats are sold and held (for orders
 * in checkout). The reservation events move seats between free, held and sold.
 */
record TicketTypeState(TicketTypeSpec spec, int sold, int held) {

    static TicketTypeState offered(TicketTypeSpec spec) {
        return new TicketTypeState(spec, 0, 0);
    }

    TicketTypeState withSpec(TicketTypeSpec newSpec) {
        return new TicketTypeState(newSpec, sold, held);
    }

    TicketTypeState plusHeld(int seats) {
        return new TicketTypeState(spec, sold, held + seats);
    }

    TicketTypeState plusSold(int seats) {
        return new TicketTypeState(spec, sold + seats, held);
    }

    /** Seats still on sale: quantity - sold - held (never negative, even if the quantity was lowered meanwhile). */
    int remaining() {
        return Math.max(0, spec.quantity() - committed());
    }

    /** Seats that are sold or held for a buyer in checkout. */
    int committed() {
        return sold + held;
    }

    void requireQuantityCoversCommitted(int quantity) {
        if (quantity < committed()) {
            throw new RuleViolationException("ticket-quantity-below-sold",
                    "ticket type '" + spec.name() + "' has " + committed() + " tickets sold or held; its quantity must be at least "
                            + committed());
        }
    }

    void requireNothingCommitted() {
        if (committed() > 0) {
            throw new RuleViolationException("ticket-type-has-sales",
                    "ticket type '" + spec.name() + "' has " + committed()
                            + " tickets sold or held and cannot be removed; lower its quantity to stop selling it");
        }
    }
}
