package com.piquetickets.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A user with their profile and producer memberships. {@code isStaff} and {@code isSuperuser} mirror the STAFF and SUPERUSER roles;
 * {@code canPublishShows} comes from the user's profile.
 */
public record UserView(
        UUID id,
        String username,
        String email,
        String firstName,
        String lastName,
        boolean isActive,
        boolean isStaff,
        boolean isSuperuser,
        Set<Role> roles,
        boolean canPublishShows,
        List<UUID> producerIds,
        Instant createdAt,
        Instant updatedAt) {

    public UserView {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        producerIds = producerIds == null ? List.of() : List.copyOf(producerIds);
    }
}
