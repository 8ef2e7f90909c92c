package com.piquetickets.domain.performer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A performer is now found under another slug. */
@Revision("1")
public record PerformerSlugChangedEvent(PerformerId performerId, Slug previousSlug, Slug slug) {
}
