package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a user's platform roles with this set (empty: none). */
public record ChangeUserRolesCommand(@TargetAggregateIdentifier UserId userId, Set<Role> roles) {

    public ChangeUserRolesCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
