package com.piquetickets.domain.onboarding;

import com.piquetickets.domain.common.PageRequest;

/** Lists leads newest first, only those with {@code status} unless it is null; answers a page of {@link ProducerInterestView}. */
public record FindProducerInterestsQuery(InterestStatus status, PageRequest page) {
}
