package com.piquetickets.domain.onboarding;

import java.time.Instant;
import java.util.UUID;

/** An invitation to join a producer; {@code acceptedBy} is the user who used it, null while unused. */
public record InvitationView(
        UUID id,
        UUID producerId,
        String email,
        Instant createdAt,
        Instant expiresAt,
        boolean isUsed,
        UUID acceptedBy) {
}
