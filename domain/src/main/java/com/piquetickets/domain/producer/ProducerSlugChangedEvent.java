package com.piquetickets.domain.producer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A producer is now found under another slug. */
@Revision("1")
public record ProducerSlugChangedEvent(ProducerId producerId, Slug previousSlug, Slug slug) {
}
