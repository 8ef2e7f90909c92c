package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The invited person (now the user {@code userId}, signed in with {@code email}) takes up an invitation. */
public record AcceptInvitationCommand(@TargetAggregateIdentifier OnboardingSessionId sessionId, UserId userId, String email) {
}
