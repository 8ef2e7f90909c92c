package com.piquetickets.query.order;

import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderViewChanged;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Tells subscribers of an order's {@link FindOrderQuery} that its view changed, so that a request waiting for a
 * checkout decision reads again at once instead of polling. Inside a projection's unit of work Axon emits after the
 * commit, so a subscriber never reads ahead of what was written.
 */
public final class OrderViewUpdates {

    private OrderViewUpdates() {
    }

    public static void changed(QueryUpdateEmitter updates, OrderId orderId) {
        updates.emit(FindOrderQuery.class, query -> orderId.equals(query.orderId()), new OrderViewChanged(orderId));
    }
}
