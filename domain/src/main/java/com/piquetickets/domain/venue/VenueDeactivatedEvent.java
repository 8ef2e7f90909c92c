package com.piquetickets.domain.venue;

import org.axonframework.serialization.Revision;

/** A venue no longer takes new shows. */
@Revision("1")
public record VenueDeactivatedEvent(VenueId venueId) {
}
