package com.piquetickets.domain.order;

import com.piquetickets.domain.show.ShowId;
import java.util.List;

/**
 * The answer to {@link ExpireOrderCommand} and {@link FailPaymentCommand} when they closed the order: its show, whose
 * seats can go back, and the Checkout Sessions opened for it, which should be expired at Stripe. Null when the order
 * was not closed (paid meanwhile, or closed already).
 */
public record ClosedOrder(ShowId showId, List<String> sessionIds) {

    public ClosedOrder {
        sessionIds = List.copyOf(sessionIds);
    }
}
