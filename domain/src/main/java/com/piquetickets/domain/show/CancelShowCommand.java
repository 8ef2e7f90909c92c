package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a show for good, with a reason told to buyers. */
public record CancelShowCommand(@TargetAggregateIdentifier ShowId showId, String reason) {
}
