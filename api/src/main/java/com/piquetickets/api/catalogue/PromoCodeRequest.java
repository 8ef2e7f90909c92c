package com.piquetickets.api.catalogue;

import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.TicketTypeId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A promo code as clients send it: {@code discount} is a percentage (the default) or, with
 * {@code discountType: FIXED_AMOUNT}, an amount off each ticket in the show's currency.
 */
record PromoCodeRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{3,32}", message = "must be 3 to 32 letters, digits, '-' or '_'") String code,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 8, fraction = 2) BigDecimal discount,
        DiscountKind discountType,
        @Min(1) Integer maxUses,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil,
        @Size(max = 100) List<@NotNull UUID> ticketTypeIds) {

    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    PromoCodeSpec spec() {
        DiscountKind kind = discountType == null ? DiscountKind.PERCENTAGE : discountType;
        if (kind == DiscountKind.PERCENTAGE && discount.compareTo(ONE_HUNDRED) > 0) {
            throw new InvalidInputException("discount", "a percentage discount is at most 100");
        }
        return new PromoCodeSpec(code, kind, discount, maxUses,
                Times.instant(validFrom), Times.instant(validUntil),
                ticketTypeIds == null ? null : ticketTypeIds.stream().map(TicketTypeId::new).collect(Collectors.toSet()));
    }
}
