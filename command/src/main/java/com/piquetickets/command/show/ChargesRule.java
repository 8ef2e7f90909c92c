package com.piquetickets.command.show;

import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.util.Collection;

/**
 * When card payments go through Stripe Connect, the money of a show goes to its producer's connected account: a show
 * whose tickets take money is only on sale once that account takes charges.
 */
final class ChargesRule {

    static final String NOT_ENABLED = "the producer must finish Stripe onboarding (its connected account does not "
            + "take charges yet) before a show with paid or pay-what-you-want tickets can be published";

    private ChargesRule() {
    }

    /** A ticket type a buyer can pay for: a price above zero, or pay what you want (a donation on top of any price). */
    static boolean takesMoney(TicketTypeSpec spec) {
        return spec.donationBased() || (spec.price() != null && spec.price().signum() > 0);
    }

    /** Card payments go through Connect, some ticket type takes money, and the producer's account cannot take charges. */
    static boolean unmet(Collection<TicketTypeSpec> specs, ProducerId producerId, CatalogueRegistry registry,
                         CardPayments cardPayments) {
        return cardPayments.connectedAccountRequired()
                && specs.stream().anyMatch(ChargesRule::takesMoney)
                && !registry.chargesEnabled(producerId.value());
    }
}
