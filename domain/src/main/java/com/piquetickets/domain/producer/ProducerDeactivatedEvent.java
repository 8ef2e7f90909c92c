package com.piquetickets.domain.producer;

import org.axonframework.serialization.Revision;

/** A producer can no longer create or publish shows. */
@Revision("1")
public record ProducerDeactivatedEvent(ProducerId producerId) {
}
