package com.piquetickets.domain.producer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the details of a producer; the slug stays unless a new one is requested. */
public record UpdateProducerCommand(@TargetAggregateIdentifier ProducerId producerId, ProducerDetails details, Slug requestedSlug) {
}
