package com.piquetickets.domain.producer;

import org.axonframework.serialization.Revision;

/** The details of a producer were replaced. */
@Revision("1")
public record ProducerUpdatedEvent(ProducerId producerId, ProducerDetails details) {
}
