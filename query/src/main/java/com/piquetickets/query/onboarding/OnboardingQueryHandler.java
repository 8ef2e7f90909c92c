package com.piquetickets.query.onboarding;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.onboarding.FindInvitationByTokenHashQuery;
import com.piquetickets.domain.onboarding.FindProducerInterestQuery;
import com.piquetickets.domain.onboarding.FindProducerInterestsQuery;
import com.piquetickets.domain.onboarding.FindProducerInvitationsQuery;
import com.piquetickets.domain.onboarding.InvitationView;
import com.piquetickets.domain.onboarding.ProducerInterestView;
import com.piquetickets.query.Pages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the invitation and producer-interest queries from {@code onboarding_session} and {@code producer_interest}. */
@Component
class OnboardingQueryHandler {

    private final InvitationRepository invitations;
    private final ProducerInterestRepository interests;

    OnboardingQueryHandler(InvitationRepository invitations, ProducerInterestRepository interests) {
        this.invitations = invitations;
        this.interests = interests;
    }

    @QueryHandler
    Optional<InvitationView> handle(FindInvitationByTokenHashQuery query) {
        if (query.tokenHash() == null || query.tokenHash().isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(query.tokenHash().trim().toLowerCase(Locale.ROOT)).map(InvitationEntity::toView);
    }

    @QueryHandler
    List<InvitationView> handle(FindProducerInvitationsQuery query) {
        if (query.producerId() == null) {
            return List.of();
        }
        return invitations.findByProducerIdOrderByCreatedAtDescIdAsc(query.producerId().value()).stream()
                .map(InvitationEntity::toView).toList();
    }

    @QueryHandler
    Optional<ProducerInterestView> handle(FindProducerInterestQuery query) {
        if (query.interestId() == null) {
            return Optional.empty();
        }
        return interests.findById(query.interestId().value()).map(ProducerInterestEntity::toView);
    }

    /** Raw {@link PageResult}: see {@code ProducerQueryHandler} (AxonFramework#1537). */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindProducerInterestsQuery query) {
        Pageable pageable = Pages.pageable(query.page(), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        var page = query.status() == null ? interests.findAll(pageable) : interests.findByStatus(query.status(), pageable);
        return Pages.result(page, ProducerInterestEntity::toView);
    }
}
