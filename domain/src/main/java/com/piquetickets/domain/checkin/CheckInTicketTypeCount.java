package com.piquetickets.domain.checkin;

import java.util.UUID;

/** The door counts of one ticket type (see {@link CheckInStats}). */
public record CheckInTicketTypeCount(UUID ticketTypeId, String name, long tickets, long admitted, long insideNow) {
}
