package com.piquetickets.query.order;

import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderViewChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Tells subscribers of an order's {@link FindOrderQuery} that its view changed, so that a request waiting for a
 * checkout decision reads again at once instead of polling.
 *
 * <p>Inside a projection's unit of work the orders changed are collected and each is reported once, after the commit:
 * a subscriber never reads ahead of what was written, and one that is satisfied by the first report and cancels its
 * subscription is not sent a second report of the same batch (Axon logs an error for an update that meets a
 * subscription cancelled in the meantime).
 */
public final class OrderViewUpdates {

    private static final String CHANGED_ORDERS = OrderViewUpdates.class.getName() + ".changedOrders";

    private OrderViewUpdates() {
    }

    public static void changed(QueryUpdateEmitter updates, OrderId orderId) {
        if (!CurrentUnitOfWork.isStarted()) {
            emit(updates, orderId);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<OrderId> changed = root.getOrComputeResource(CHANGED_ORDERS, key -> {
            Set<OrderId> orders = new LinkedHashSet<>();
            root.afterCommit(unitOfWork -> orders.forEach(order -> emit(updates, order)));
            return orders;
        });
        changed.add(orderId);
    }

    private static void emit(QueryUpdateEmitter updates, OrderId orderId) {
        updates.emit(FindOrderQuery.class, query -> orderId.equals(query.orderId()), new OrderViewChanged(orderId));
    }
}
