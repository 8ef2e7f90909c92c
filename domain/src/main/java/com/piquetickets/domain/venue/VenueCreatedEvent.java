package com.piquetickets.domain.venue;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A venue joined the catalogue. */
@Revision("1")
public record VenueCreatedEvent(VenueId venueId, Slug slug, VenueDetails details) {
}
