package com.piquetickets.domain.venue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a venue out of the catalogue for new shows; its history stays. */
public record DeactivateVenueCommand(@TargetAggregateIdentifier VenueId venueId) {
}
