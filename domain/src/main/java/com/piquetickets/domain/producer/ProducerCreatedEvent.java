package com.piquetickets.domain.producer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A producer joined. */
@Revision("1")
public record ProducerCreatedEvent(ProducerId producerId, Slug slug, ProducerDetails details) {
}
