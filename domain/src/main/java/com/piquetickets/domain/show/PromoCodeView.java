package com.piquetickets.domain.show;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A promo code as its producer sees it, with how often it was used. */
public record PromoCodeView(
        String code,
        DiscountKind discountType,
        BigDecimal discount,
        Integer maxUses,
        int uses,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        List<UUID> ticketTypeIds) {
}
