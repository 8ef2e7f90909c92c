package com.piquetickets.domain.producer;

import java.time.Instant;
import java.util.UUID;

/** A producer's Stripe connected account as last reported: the latest onboarding link and what the account may do. */
public record ProducerFinancialView(
        UUID producerId,
        String stripeAccountId,
        String stripeAccountLink,
        boolean onboardingCompleted,
        boolean chargesEnabled,
        boolean payoutsEnabled,
        Instant lastStatusCheck) {
}
