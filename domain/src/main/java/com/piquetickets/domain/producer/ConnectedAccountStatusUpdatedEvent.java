package com.piquetickets.domain.producer;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Stripe reported the state of a producer's connected account at {@code checkedAt}. */
@Revision("1")
public record ConnectedAccountStatusUpdatedEvent(
        ProducerId producerId,
        String stripeAccountId,
        boolean chargesEnabled,
        boolean payoutsEnabled,
        boolean onboardingCompleted,
        Instant checkedAt) {
}
