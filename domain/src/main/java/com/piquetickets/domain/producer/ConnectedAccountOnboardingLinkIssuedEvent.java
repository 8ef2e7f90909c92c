package com.piquetickets.domain.producer;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A producer was given a link to Stripe's onboarding of its connected account, valid until {@code expiresAt}. */
@Revision("1")
public record ConnectedAccountOnboardingLinkIssuedEvent(ProducerId producerId, String url, Instant expiresAt) {
}
