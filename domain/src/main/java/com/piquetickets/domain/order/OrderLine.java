package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.List;

/** One line of an order as the buyer asked for it. {@code donationPerTicket} is for donation-based ticket types (null otherwise); {@code attendees} may name fewer people than {@code quantity}. */
public record OrderLine(
        TicketTypeId ticketTypeId,
        int quantity,
        Money donationPerTicket,
        boolean vip,
        List<AttendeeName> attendees) {

    public OrderLine {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
