package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** A user's platform roles are now exactly this set. */
@Revision("1")
public record UserRolesChangedEvent(UserId userId, Set<Role> roles) {

    public UserRolesChangedEvent {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
