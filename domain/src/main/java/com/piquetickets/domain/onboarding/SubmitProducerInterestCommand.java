package com.piquetickets.domain.onboarding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a lead from the public form, with the client's IP address and user agent. */
public record SubmitProducerInterestCommand(
        @TargetAggregateIdentifier ProducerInterestId interestId,
        ProducerInterestDetails details,
        String ipAddress,
        String userAgent) {
}
