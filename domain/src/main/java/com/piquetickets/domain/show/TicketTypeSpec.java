package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Money;

/** What a ticket type sells: {@code quantity} seats at {@code price}; a donation-based type also takes a donation of at least {@code minimumDonation} (pay what you want when the price is zero). */
public record TicketTypeSpec(
        String name,
        String description,
        int quantity,
        Money price,
        boolean donationBased,
        Money minimumDonation,
        boolean vipAllowed) {
}
