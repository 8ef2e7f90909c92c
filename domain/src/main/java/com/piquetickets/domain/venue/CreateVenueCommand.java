package com.piquetickets.domain.venue;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a venue to the catalogue; the slug is derived from the name unless one is requested. */
public record CreateVenueCommand(@TargetAggregateIdentifier VenueId venueId, VenueDetails details, Slug requestedSlug) {
}
