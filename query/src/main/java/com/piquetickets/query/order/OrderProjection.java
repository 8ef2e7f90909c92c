package com.piquetickets.query.order;

import com.piquetickets.domain.order.CheckoutSessionCreatedEvent;
import com.piquetickets.domain.order.OrderCompletedEvent;
import com.piquetickets.domain.order.OrderExpiredEvent;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.order.OrderRejectedEvent;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.RowIds;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code "order"} and {@code ticket_order} from the order events. Every handler can be applied again with the
 * same result: the order row is created once and then set from what each event says (sums such as the refunded total
 * come whole in the events), lines are keyed by (order, ticket type, VIP), and times are the events' own.
 */
@Component
@ProcessingGroup(ProcessingGroups.ORDERS)
class OrderProjection {

    private static final Logger log = LoggerFactory.getLogger(OrderProjection.class);

    private final OrderRepository orders;
    private final TicketOrderRepository lines;

    OrderProjection(OrderRepository orders, TicketOrderRepository lines) {
        this.orders = orders;
        this.lines = lines;
    }

    /** The order and its lines as the buyer asked for them, waiting for the show to hold and price the seats. */
    @EventHandler
    void on(OrderPlacedEvent event, @Timestamp Instant at) {
        UUID orderId = event.orderId().value();
        if (orders.existsById(orderId)) {
            return;
        }
        OrderEntity order = new OrderEntity(orderId, event.showId().value(), event.buyer(), event.promoCode(),
                event.requestedPaymentMethod(), at);
        orders.save(order);
        List<OrderLine> requested = event.lines() == null ? List.of() : event.lines();
        Map<UUID, TicketOrderEntity> rows = new LinkedHashMap<>();
        for (OrderLine line : requested) {
            UUID ticketTypeId = line.ticketTypeId().value();
            TicketOrderEntity row = rows.get(RowIds.ticketOrder(orderId, ticketTypeId, line.vip()));
            if (row == null) {
                row = new TicketOrderEntity(orderId, ticketTypeId, line.vip(), rows.size());
                rows.put(row.id(), row);
            }
            row.requested(line.quantity(), line.donationPerTicket());
        }
        lines.saveAll(rows.values());
    }

    /** The price decides the lines: each priced (ticket type, VIP) is set, a requested one the show did not price goes. */
    @EventHandler
    void on(OrderReservedEvent event, @Timestamp Instant at) {
        UUID orderId = event.orderId().value();
        change(orderId, order -> {
            String code = event.pricing().promoCode();
            UUID promoCodeId = code == null || code.isBlank() ? null : RowIds.promoCode(order.showId(), code);
            order.reserved(event.pricing(), event.holdExpiresAt(), event.paymentMethod(), promoCodeId, at);
            Map<UUID, TicketOrderEntity> current = lines.findByOrderIdOrderByPositionAscIdAsc(orderId).stream()
                    .collect(Collectors.toMap(TicketOrderEntity::id, Function.identity()));
            List<PricedLine> priced = PricedLine.perTicketType(event.pricing().lines());
            for (int position = 0; position < priced.size(); position++) {
                PricedLine line = priced.get(position);
                UUID id = RowIds.ticketOrder(orderId, line.ticketTypeId(), line.vip());
                TicketOrderEntity row = current.remove(id);
                if (row == null) {
                    row = new TicketOrderEntity(orderId, line.ticketTypeId(), line.vip(), position);
                }
                row.priced(position, line, code);
                lines.save(row);
            }
            lines.deleteAll(current.values());
        });
    }

    @EventHandler
    void on(OrderRejectedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.rejected(event.reason(), at));
    }

    @EventHandler
    void on(CheckoutSessionCreatedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.checkoutSession(event.sessionId(), event.checkoutUrl(), at));
    }

    @EventHandler
    void on(PaymentConfirmedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.paid(event.method(), event.reference(), at));
    }

    @EventHandler
    void on(PaymentFailedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.moveTo(OrderStatus.CANCELLED, at));
    }

    @EventHandler
    void on(OrderExpiredEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.moveTo(OrderStatus.EXPIRED, at));
    }

    @EventHandler
    void on(OrderCompletedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.moveTo(OrderStatus.COMPLETED, at));
    }

    @EventHandler
    void on(OrderRefundedEvent event, @Timestamp Instant at) {
        change(event.orderId().value(), order -> order.refunded(event.totalRefunded(), event.full(), at));
    }

    @ResetHandler
    void reset() {
        lines.deleteAllInBatch();
        orders.deleteAllInBatch();
    }

    /** Applies a change to an order and saves it; events of an order that is not in the read model are skipped. */
    private void change(UUID orderId, Consumer<OrderEntity> change) {
        orders.findById(orderId).ifPresentOrElse(order -> {
            change.accept(order);
            orders.save(order);
        }, () -> log.warn("order {} is not in the read model; event skipped", orderId));
    }
}
