package com.piquetickets.domain.show;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Releases every hold of the show that ran out by {@code now}; answers {@link ReleasedHolds}. */
public record ReleaseExpiredHoldsCommand(@TargetAggregateIdentifier ShowId showId, Instant now) {
}
