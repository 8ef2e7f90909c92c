package com.piquetickets.domain.venue;

import org.axonframework.serialization.Revision;

/** The details of a venue were replaced. */
@Revision("1")
public record VenueUpdatedEvent(VenueId venueId, VenueDetails details) {
}
