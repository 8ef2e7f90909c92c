package com.piquetickets.domain.producer;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the Stripe onboarding link issued for a producer's connected account, valid until {@code expiresAt}. */
public record RecordOnboardingLinkCommand(@TargetAggregateIdentifier ProducerId producerId, String url, Instant expiresAt) {
}
