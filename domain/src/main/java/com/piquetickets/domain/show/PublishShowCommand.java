package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a draft (or unpublished) show on sale; it must have a venue, a ticket type, a future start and door <= start < end. */
public record PublishShowCommand(@TargetAggregateIdentifier ShowId showId) {
}
