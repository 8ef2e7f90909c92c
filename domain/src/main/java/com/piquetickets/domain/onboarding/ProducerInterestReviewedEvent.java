package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.Personal;
import org.axonframework.serialization.Revision;

/** Staff reviewed a lead: it now has this status and these notes. */
@Revision("1")
public record ProducerInterestReviewedEvent(ProducerInterestId interestId, InterestStatus status, @Personal String notes) {
}
