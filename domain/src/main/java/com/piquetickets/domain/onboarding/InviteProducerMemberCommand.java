package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.producer.ProducerId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Invites an email to become a member of a producer. The caller makes a random token, hands it to the invitee and sends only its
 * hex SHA-256 here: the token itself is never stored.
 */
public record InviteProducerMemberCommand(
        @TargetAggregateIdentifier OnboardingSessionId sessionId,
        ProducerId producerId,
        String email,
        String tokenHash,
        Instant expiresAt) {
}
