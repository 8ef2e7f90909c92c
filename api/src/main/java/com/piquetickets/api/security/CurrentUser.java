package com.piquetickets.api.security;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserView;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user of a request, read fresh from the users read model on every request, so a revoked role, a removed
 * membership or a deactivated account takes effect at once rather than when the token runs out.
 */
public record CurrentUser(UserId id, String email, Set<Role> roles, Set<UUID> producerIds, boolean canPublishShows) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        producerIds = Set.copyOf(producerIds);
    }

    static CurrentUser of(UserView user) {
        return new CurrentUser(new UserId(user.id()), user.email(), user.roles(), Set.copyOf(user.producerIds()),
                user.canPublishShows());
    }

    /** Staff and superusers may do everything. */
    public boolean isStaff() {
        return roles.contains(Role.STAFF) || roles.contains(Role.SUPERUSER);
    }

    public boolean isSuperuser() {
        return roles.contains(Role.SUPERUSER);
    }

    public boolean isSupport() {
        return roles.contains(Role.SUPPORT);
    }

    public boolean isAnalyst() {
        return roles.contains(Role.ANALYST);
    }

    public boolean isMemberOf(UUID producerId) {
        return producerId != null && producerIds.contains(producerId);
    }
}
