package com.piquetickets.domain.user;

import com.piquetickets.domain.common.Personal;
import com.piquetickets.domain.common.UserId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** An account was created. The username is the normalised email; the password is kept outside the event store. */
@Revision("1")
public record UserRegisteredEvent(UserId userId, @Personal String email, @Personal String username, @Personal String firstName, @Personal String lastName, Set<Role> roles) {

    public UserRegisteredEvent {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
