package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.Personal;
import com.piquetickets.domain.producer.ProducerId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An email was invited to join a producer, with a single-use token (kept as its SHA-256) valid until {@code expiresAt}. */
@Revision("1")
public record ProducerMemberInvitedEvent(
        OnboardingSessionId sessionId,
        ProducerId producerId,
        @Personal String email,
        String tokenHash,
        Instant expiresAt) {
}
