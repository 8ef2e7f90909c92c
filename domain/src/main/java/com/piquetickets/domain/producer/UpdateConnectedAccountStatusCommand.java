package com.piquetickets.domain.producer;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what Stripe says about a producer's connected account, as checked at {@code checkedAt}. */
public record UpdateConnectedAccountStatusCommand(
        @TargetAggregateIdentifier ProducerId producerId,
        String stripeAccountId,
        boolean chargesEnabled,
        boolean payoutsEnabled,
        boolean onboardingCompleted,
        Instant checkedAt) {
}
