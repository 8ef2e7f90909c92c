package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Money;
import java.util.UUID;

/** A ticket type with its live availability: {@code remaining} = quantity - sold - held. */
public record TicketTypeView(
        UUID id,
        String name,
        String description,
        int quantity,
        Money price,
        boolean isDonationBased,
        Money minimumDonation,
        boolean vipAllowed,
        int sold,
        int held,
        int remaining) {
}
