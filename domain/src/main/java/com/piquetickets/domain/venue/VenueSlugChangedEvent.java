package com.piquetickets.domain.venue;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A venue is now found under another slug. */
@Revision("1")
public record VenueSlugChangedEvent(VenueId venueId, Slug previousSlug, Slug slug) {
}
