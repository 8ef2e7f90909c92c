package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.producer.ProducerId;

/** Lists a producer's invitations, newest first; answers a list of {@link InvitationView}. */
public record FindProducerInvitationsQuery(ProducerId producerId) {
}
