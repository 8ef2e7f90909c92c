package com.piquetickets.domain.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A show's sales as they stood at {@code asOf}: the whole show and each ticket type. {@code lastEventAt} is when the
 * last event counted happened (null when none had yet).
 */
public record ShowSales(UUID showId, Instant asOf, String currency, Instant lastEventAt, SalesFigures totals,
                        List<TicketTypeSales> ticketTypes) {

    public ShowSales {
        ticketTypes = List.copyOf(ticketTypes);
    }
}
