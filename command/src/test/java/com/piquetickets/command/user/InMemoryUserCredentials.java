package com.piquetickets.command.user;

import com.piquetickets.domain.common.RuleViolationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link UserCredentials} in a map, for aggregate tests. */
public class InMemoryUserCredentials implements UserCredentials {

    private final Map<UUID, StoredCredential> byUser = new LinkedHashMap<>();
    private final Set<UUID> superusers = new HashSet<>();

    @Override
    public void claim(UUID userId, String email, String passwordHash) {
        if (byUser.containsKey(userId)) {
            throw new RuleViolationException("user-exists", "a user with id " + userId + " already exists");
        }
        if (findByEmail(email).isPresent()) {
            throw new RuleViolationException("email-taken", "an account with this email already exists");
        }
        byUser.put(userId, new StoredCredential(userId, email, passwordHash, true));
    }

    @Override
    public void changePasswordHash(UUID userId, String passwordHash) {
        byUser.computeIfPresent(userId, (id, c) -> new StoredCredential(id, c.email(), passwordHash, c.active()));
    }

    @Override
    public void setActive(UUID userId, boolean active) {
        byUser.computeIfPresent(userId, (id, c) -> new StoredCredential(id, c.email(), c.passwordHash(), active));
    }

    @Override
    public void setSuperuser(UUID userId, boolean superuser) {
        if (superuser) {
            superusers.add(userId);
        } else {
            superusers.remove(userId);
        }
    }

    @Override
    public int lockActiveSuperusersOtherThan(UUID userId) {
        return (int) superusers.stream().filter(id -> !id.equals(userId) && byUser.containsKey(id) && byUser.get(id).active())
                .count();
    }

    @Override
    public Optional<StoredCredential> findByEmail(String email) {
        return byUser.values().stream().filter(c -> c.email().equals(email)).findFirst();
    }

    public Optional<StoredCredential> of(UUID userId) {
        return Optional.ofNullable(byUser.get(userId));
    }
}
