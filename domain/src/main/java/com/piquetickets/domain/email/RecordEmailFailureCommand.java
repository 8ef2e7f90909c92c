package com.piquetickets.domain.email;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An attempt to deliver an email failed; {@code nextAttemptAt} null means no more attempts. */
public record RecordEmailFailureCommand(
        @TargetAggregateIdentifier EmailId emailId,
        int attempt,
        String error,
        Instant nextAttemptAt) {
}
