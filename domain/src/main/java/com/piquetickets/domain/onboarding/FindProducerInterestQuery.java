package com.piquetickets.domain.onboarding;

/** Finds one lead; answers a {@link ProducerInterestView}. */
public record FindProducerInterestQuery(ProducerInterestId interestId) {
}
