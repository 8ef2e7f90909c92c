package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.TicketTypeId;

/** The price of one order line: per-ticket amounts and the line total ((price + donation - discount) x quantity). */
public record LinePrice(
        TicketTypeId ticketTypeId,
        String ticketTypeName,
        int quantity,
        Money pricePerTicket,
        Money donationPerTicket,
        Money discountPerTicket,
        Money lineTotal,
        boolean vip) {
}
