package com.piquetickets.domain.analytics;

import java.util.UUID;

/** One ticket type's sales figures at an instant. */
public record TicketTypeSales(UUID ticketTypeId, String name, SalesFigures figures) {
}
