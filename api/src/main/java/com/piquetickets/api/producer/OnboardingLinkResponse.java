package com.piquetickets.api.producer;

import java.time.Instant;

/** Where to send the producer for Stripe's onboarding of its connected account, and until when the link works. */
public record OnboardingLinkResponse(String url, Instant expiresAt, String stripeAccountId) {
}
