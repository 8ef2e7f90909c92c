package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets a deactivated user sign in again; nothing happens when they are active. */
public record ReactivateUserCommand(@TargetAggregateIdentifier UserId userId) {
}
