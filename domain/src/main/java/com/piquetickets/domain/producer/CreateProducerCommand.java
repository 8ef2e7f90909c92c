package com.piquetickets.domain.producer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a producer; the slug is derived from the name unless one is requested. */
public record CreateProducerCommand(@TargetAggregateIdentifier ProducerId producerId, ProducerDetails details, Slug requestedSlug) {
}
