package com.piquetickets.query.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.OrderViewChanged;
import com.piquetickets.domain.order.OrderViewChanged.Progress;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;

class OrderViewUpdatesTest {

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final OrderId first = new OrderId(UUID.randomUUID());
    private final OrderId second = new OrderId(UUID.randomUUID());

    private static final Progress PLACED = new Progress(OrderStatus.PENDING_PAYMENT, false, PaymentMethod.STRIPE, false);
    private static final Progress HELD = new Progress(OrderStatus.PENDING_PAYMENT, true, PaymentMethod.STRIPE, true);

    @Test
    void aBatchReportsEachChangedOrderOnceAndOnlyAfterItsCommit() {
        UpdateHandlerRegistration<Object> firstUpdates = subscribe(first);
        UpdateHandlerRegistration<Object> secondUpdates = subscribe(second);
        List<Object> seenBeforeCommit = new ArrayList<>();
        firstUpdates.getUpdates().subscribe(update -> seenBeforeCommit.add(update.getPayload()));

        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        AtomicReference<Progress> firstOrder = new AtomicReference<>(PLACED);
        OrderViewUpdates.changed(emitter, first, firstOrder::get);
        OrderViewUpdates.changed(emitter, second);
        OrderViewUpdates.changed(emitter, first, firstOrder::get);
        firstOrder.set(HELD); // a later change of the same batch
        assertThat(seenBeforeCommit).isEmpty();
        batch.commit();

        assertThat(updates(firstUpdates)).containsExactly(new OrderViewChanged(first, HELD));
        assertThat(updates(secondUpdates)).containsExactly(new OrderViewChanged(second, null));
    }

    @Test
    void aRolledBackBatchReportsNothing() {
        UpdateHandlerRegistration<Object> firstUpdates = subscribe(first);

        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        OrderViewUpdates.changed(emitter, first);
        batch.rollback();

        assertThat(updates(firstUpdates)).isEmpty();
    }

    @Test
    void outsideAUnitOfWorkTheChangeIsReportedAtOnce() {
        UpdateHandlerRegistration<Object> firstUpdates = subscribe(first);

        OrderViewUpdates.changed(emitter, first, () -> PLACED);

        assertThat(updates(firstUpdates)).containsExactly(new OrderViewChanged(first, PLACED));
    }

    private UpdateHandlerRegistration<Object> subscribe(OrderId order) {
        return emitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(new FindOrderQuery(order),
                ResponseTypes.optionalInstanceOf(OrderView.class), ResponseTypes.instanceOf(OrderViewChanged.class)), 16);
    }

    private static List<Object> updates(UpdateHandlerRegistration<Object> registration) {
        registration.complete();
        return registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList()
                .block(Duration.ofSeconds(5));
    }
}
