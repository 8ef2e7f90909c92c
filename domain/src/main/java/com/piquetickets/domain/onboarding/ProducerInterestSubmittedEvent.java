package com.piquetickets.domain.onboarding;

import org.axonframework.serialization.Revision;

/** A prospective producer filled in the lead form (details normalised); the lead starts as {@link InterestStatus#NEW}. */
@Revision("1")
public record ProducerInterestSubmittedEvent(
        ProducerInterestId interestId,
        ProducerInterestDetails details,
        String ipAddress,
        String userAgent) {
}
