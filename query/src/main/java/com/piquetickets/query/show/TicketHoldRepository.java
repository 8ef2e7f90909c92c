package com.piquetickets.query.show;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketHoldRepository extends JpaRepository<TicketHoldEntity, UUID> {

    List<TicketHoldEntity> findByOrderId(UUID orderId);

    /** The seats of a ticket type in one state, over all orders. */
    @Query("select coalesce(sum(h.quantity), 0) from TicketHoldEntity h"
            + " where h.ticketTypeId = :ticketTypeId and h.state = :state")
    long seats(UUID ticketTypeId, String state);

    /** The orders that used a promo code and did not give their seats back unpaid. */
    @Query("select count(distinct h.orderId) from TicketHoldEntity h"
            + " where h.promoCodeId = :promoCodeId and h.state <> 'RELEASED'")
    long promoCodeUses(UUID promoCodeId);
}
