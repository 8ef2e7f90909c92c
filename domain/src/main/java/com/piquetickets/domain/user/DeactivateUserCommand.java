package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stops a user from signing in; nothing happens when they already cannot. */
public record DeactivateUserCommand(@TargetAggregateIdentifier UserId userId) {
}
