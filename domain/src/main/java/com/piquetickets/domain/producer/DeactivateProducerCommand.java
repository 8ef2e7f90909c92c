package com.piquetickets.domain.producer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a producer from creating or publishing shows; its history stays. */
public record DeactivateProducerCommand(@TargetAggregateIdentifier ProducerId producerId) {
}
