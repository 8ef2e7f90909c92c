package com.piquetickets.domain.show;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A promo code of a show. Codes are unique per show ignoring case. {@code maxUses}, the validity window and {@code ticketTypeIds} are optional (null or empty: no limit). */
public record PromoCodeSpec(
        String code,
        DiscountKind kind,
        BigDecimal value,
        Integer maxUses,
        Instant validFrom,
        Instant validUntil,
        Set<TicketTypeId> ticketTypeIds) {

    public PromoCodeSpec {
        ticketTypeIds = ticketTypeIds == null ? Set.of() : Set.copyOf(ticketTypeIds);
    }
}
