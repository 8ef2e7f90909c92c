package com.piquetickets.domain.show;

import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.producer.ProducerId;
import java.time.Instant;

/** What a show decided about a {@link ReserveTicketsCommand}: seats held, or refused. */
public sealed interface ReservationDecision {

    /**
     * Seats held until {@code holdExpiresAt}, at this price, paid by {@code method}; a card payment goes to
     * {@code payoutAccountId}, the producer's connected account (null: the platform's).
     */
    record SeatsHeld(OrderPricing pricing, PaymentMethod method, Instant holdExpiresAt, ProducerId producerId,
                     String payoutAccountId) implements ReservationDecision {
    }

    /**
     * Seats refused, and why. {@code recorded}: the refusal is an event of the show (sold out, not on sale, a promo
     * code used up: outcomes worth keeping); otherwise it was a mistake in the request, and nothing was written.
     */
    record SeatsRefused(ReservationRejection reason, String message, boolean recorded) implements ReservationDecision {
    }
}
