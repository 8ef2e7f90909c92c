package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a user's password. */
public record ChangePasswordCommand(@TargetAggregateIdentifier UserId userId, Password password) {
}
