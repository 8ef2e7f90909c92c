package com.piquetickets.query.order;

import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.FindOrdersQuery;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.query.Pages;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the order queries from {@code "order"} and {@code ticket_order}, with the tickets from {@code ticket_attendee}. */
@Component
class OrderQueryHandler {

    /** Newest first; the id keeps orders placed at the same instant in a stable order across pages. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OrderRepository orders;
    private final TicketOrderRepository lines;
    private final EntityManager entityManager;

    OrderQueryHandler(OrderRepository orders, TicketOrderRepository lines, EntityManager entityManager) {
        this.orders = orders;
        this.lines = lines;
        this.entityManager = entityManager;
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        if (query.orderId() == null) {
            return Optional.empty();
        }
        return orders.findById(query.orderId().value()).map(order -> order.toView(
                lines.findByOrderIdOrderByPositionAscIdAsc(order.id()).stream().map(TicketOrderEntity::toView).toList(),
                attendees(order.id())));
    }

    /**
     * Orders by buyer email (ignoring case) and/or show, newest first; neither given lists all orders.
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindOrdersQuery query) {
        Pageable pageable = Pages.pageable(query.page(), NEWEST_FIRST);
        String email = query.email() == null || query.email().isBlank() ? null : query.email().trim();
        UUID showId = query.showId();
        Page<OrderEntity> page;
        if (email != null && showId != null) {
            page = orders.findByEmailIgnoreCaseAndShowId(email, showId, pageable);
        } else if (email != null) {
            page = orders.findByEmailIgnoreCase(email, pageable);
        } else if (showId != null) {
            page = orders.findByShowId(showId, pageable);
        } else {
            page = orders.findAll(pageable);
        }
        Map<UUID, Integer> ticketCounts = ticketCounts(page.map(OrderEntity::id).getContent());
        return Pages.result(page, order -> order.toSummary(ticketCounts.getOrDefault(order.id(), 0)));
    }

    private Map<UUID, Integer> ticketCounts(List<UUID> orderIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (!orderIds.isEmpty()) {
            lines.ticketCounts(orderIds).forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /** The tickets of an order, voided ones included, in the order they were issued. */
    private List<AttendeeView> attendees(UUID orderId) {
        return entityManager.createQuery("select new com.piquetickets.domain.attendee.AttendeeView("
                        + "a.id, a.orderId, a.showId, a.ticketTypeId, a.firstName, a.lastName, a.email, a.vip,"
                        + " a.checkedIn, a.voided, a.checkedInAt, a.createdAt)"
                        + " from AttendeeEntity a where a.orderId = :orderId order by a.createdAt, a.id",
                        AttendeeView.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }
}
