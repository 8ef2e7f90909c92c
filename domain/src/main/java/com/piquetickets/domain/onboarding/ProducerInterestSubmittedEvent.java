package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.Personal;
import org.axonframework.serialization.Revision;

/** A prospective producer filled in the lead form (details normalised); the lead starts as {@link InterestStatus#NEW}. */
@Revision("1")
public record ProducerInterestSubmittedEvent(
        ProducerInterestId interestId,
        ProducerInterestDetails details,
        @Personal String ipAddress,
        @Personal String userAgent) {
}
