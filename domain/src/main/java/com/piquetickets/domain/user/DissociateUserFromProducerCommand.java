package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a user's membership of a producer; nothing happens when they are not a member. */
public record DissociateUserFromProducerCommand(@TargetAggregateIdentifier UserId userId, ProducerId producerId) {
}
