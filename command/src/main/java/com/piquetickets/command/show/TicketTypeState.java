package com.piquetickets.command.show;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.show.TicketTypeSpec;

/**
 * A ticket type of a show as the aggregate tracks it: what it sells, and how many seats are sold and held.
 * {@code sold} and {@code held} stay 0 until the reservation events arrive; the rules that guard them are small
 * functions here so they can be tested now.
 */
record TicketTypeState(TicketTypeSpec spec, int sold, int held) {

    static TicketTypeState offered(TicketTypeSpec spec) {
        return new TicketTypeState(spec, 0, 0);
    }

    TicketTypeState withSpec(TicketTypeSpec newSpec) {
        return new TicketTypeState(newSpec, sold, held);
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
