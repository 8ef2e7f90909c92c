package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a published show off the public pages; tickets already sold stay valid. */
public record UnpublishShowCommand(@TargetAggregateIdentifier ShowId showId) {
}
