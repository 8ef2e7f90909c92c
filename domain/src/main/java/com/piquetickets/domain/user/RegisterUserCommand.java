package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates an account; the email (normalised) is also the username and must not be taken. */
public record RegisterUserCommand(
        @TargetAggregateIdentifier UserId userId,
        String email,
        String firstName,
        String lastName,
        Password password,
        Set<Role> roles) {

    public RegisterUserCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
