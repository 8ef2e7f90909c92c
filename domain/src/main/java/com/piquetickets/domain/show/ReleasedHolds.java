package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderId;
import java.time.Instant;
import java.util.List;

/** The orders whose holds were released, and when the next hold of the show runs out (null: none is left). */
public record ReleasedHolds(List<OrderId> orderIds, Instant nextExpiry) {

    public ReleasedHolds {
        orderIds = List.copyOf(orderIds);
    }
}
