package com.piquetickets.domain.venue;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the details of a venue; its slug stays unless a new one is requested. */
public record UpdateVenueCommand(@TargetAggregateIdentifier VenueId venueId, VenueDetails details, Slug requestedSlug) {
}
