package com.piquetickets.query.order;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketOrderRepository extends JpaRepository<TicketOrderEntity, UUID> {

    List<TicketOrderEntity> findByOrderIdOrderByPositionAscIdAsc(UUID orderId);

    /** Rows of (order id, seats in the order) for these orders. */
    @Query("select t.orderId, sum(t.quantity) from TicketOrderEntity t where t.orderId in :orderIds group by t.orderId")
    List<Object[]> ticketCounts(Collection<UUID> orderIds);
}
