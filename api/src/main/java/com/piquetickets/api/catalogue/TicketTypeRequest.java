package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.TicketTypeSpec;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A ticket type as clients send it. Amounts are in the show's currency. A donation-based type takes a donation of at
 * least {@code minimumDonation} on top of {@code price} (price 0 makes it pay-what-you-want). Flags default to false.
 */
record TicketTypeRequest(
        @NotBlank @Size(max = 100) String name,
        @MultilineText @Size(max = 2_000) String description,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price,
        Boolean isDonationBased,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minimumDonation,
        Boolean vipAllowed) {

    TicketTypeSpec spec(String currency) {
        return new TicketTypeSpec(name, description, quantity, new Money(price, currency), Boolean.TRUE.equals(isDonationBased),
                minimumDonation == null ? null : new Money(minimumDonation, currency), Boolean.TRUE.equals(vipAllowed));
    }
}
