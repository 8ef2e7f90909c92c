package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Soft-deletes a show that has sold nothing; a show with sales must be cancelled instead. */
public record DeleteShowCommand(@TargetAggregateIdentifier ShowId showId) {
}
