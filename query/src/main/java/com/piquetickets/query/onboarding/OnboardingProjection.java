package com.piquetickets.query.onboarding;

import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestReviewedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestSubmittedEvent;
import com.piquetickets.domain.onboarding.ProducerMemberInvitedEvent;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code onboarding_session} (invitations) and {@code producer_interest} (leads) from the onboarding events.
 * Every handler can be applied again with the same result.
 */
@Component
@ProcessingGroup(ProcessingGroups.ONBOARDING)
class OnboardingProjection {

    private static final Logger log = LoggerFactory.getLogger(OnboardingProjection.class);

    private final InvitationRepository invitations;
    private final ProducerInterestRepository interests;

    OnboardingProjection(InvitationRepository invitations, ProducerInterestRepository interests) {
        this.invitations = invitations;
        this.interests = interests;
    }

    @EventHandler
    void on(ProducerMemberInvitedEvent event, @Timestamp Instant at) {
        UUID id = event.sessionId().value();
        InvitationEntity invitation = invitations.findById(id).orElseGet(() -> new InvitationEntity(id));
        invitation.invited(event.producerId().value(), event.email(), event.tokenHash(), event.expiresAt(), at);
        invitations.save(invitation);
    }

    @EventHandler
    void on(InvitationAcceptedEvent event) {
        UUID id = event.sessionId().value();
        invitations.findById(id).ifPresentOrElse(invitation -> {
            invitation.accepted(event.userId().value());
            invitations.save(invitation);
        }, () -> log.warn("invitation {} is not in the read model; event skipped", id));
    }

    @EventHandler
    void on(ProducerInterestSubmittedEvent event, @Timestamp Instant at) {
        UUID id = event.interestId().value();
        ProducerInterestEntity interest = interests.findById(id).orElseGet(() -> new ProducerInterestEntity(id));
        interest.submitted(event.details(), event.ipAddress(), event.userAgent(), at);
        interests.save(interest);
    }

    @EventHandler
    void on(ProducerInterestReviewedEvent event, @Timestamp Instant at) {
        UUID id = event.interestId().value();
        interests.findById(id).ifPresentOrElse(interest -> {
            interest.reviewed(event.status(), event.notes(), at);
            interests.save(interest);
        }, () -> log.warn("producer interest {} is not in the read model; event skipped", id));
    }

    @ResetHandler
    void reset() {
        invitations.deleteAllInBatch();
        interests.deleteAllInBatch();
    }
}
