package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a user a member of a producer; nothing happens when they already are one. */
public record AssociateUserWithProducerCommand(@TargetAggregateIdentifier UserId userId, ProducerId producerId) {
}
