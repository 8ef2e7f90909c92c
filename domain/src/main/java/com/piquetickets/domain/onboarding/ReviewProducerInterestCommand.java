package com.piquetickets.domain.onboarding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff move a lead through the pipeline and/or replace its notes; a null status keeps the current one. */
public record ReviewProducerInterestCommand(
        @TargetAggregateIdentifier ProducerInterestId interestId,
        InterestStatus status,
        String notes) {
}
