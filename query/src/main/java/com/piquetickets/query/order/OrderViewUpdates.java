package com.piquetickets.query.order;

import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderViewChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
 * subscription cancelled in the meantime). The order projection also reports the order's progress as of the commit
 * (the last change of the batch), which lets a subscriber skip reads that cannot answer it.
 */
public final class OrderViewUpdates {

    private static final String CHANGED_ORDERS = OrderViewUpdates.class.getName() + ".changedOrders";

    private OrderViewUpdates() {
    }

    /** The order changed in a way that does not tell its progress (its tickets, say). */
    public static void changed(QueryUpdateEmitter updates, OrderId orderId) {
        changed(updates, orderId, () -> null);
    }

    /** The order changed; {@code progress} is read after the commit, so it sees the batch's last change. */
    public static void changed(QueryUpdateEmitter updates, OrderId orderId, Supplier<OrderViewChanged.Progress> progress) {
        if (!CurrentUnitOfWork.isStarted()) {
            emit(updates, orderId, progress.get());
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<OrderId, Supplier<OrderViewChanged.Progress>> changed = root.getOrComputeResource(CHANGED_ORDERS, key -> {
            Map<OrderId, Supplier<OrderViewChanged.Progress>> orders = new LinkedHashMap<>();
            root.afterCommit(unitOfWork -> orders.forEach((order, known) -> emit(updates, order, known.get())));
            return orders;
        });
        changed.put(orderId, progress);
    }

    private static void emit(QueryUpdateEmitter updates, OrderId orderId, OrderViewChanged.Progress progress) {
        updates.emit(FindOrderQuery.class, query -> orderId.equals(query.orderId()), new OrderViewChanged(orderId, progress));
    }
}
