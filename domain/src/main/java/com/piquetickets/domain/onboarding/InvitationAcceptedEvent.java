package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.serialization.Revision;

/** An invitation was used: the user is to become a member of the producer. */
@Revision("1")
public record InvitationAcceptedEvent(OnboardingSessionId sessionId, ProducerId producerId, UserId userId) {
}
