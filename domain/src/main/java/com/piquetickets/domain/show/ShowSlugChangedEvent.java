package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A show is now found under another slug. */
@Revision("1")
public record ShowSlugChangedEvent(ShowId showId, Slug previousSlug, Slug slug) {
}
