package com.piquetickets.command.user;

import java.util.Optional;
import java.util.UUID;

/**
 * The sign-in secrets of users, kept outside the event store (events are facts forever; a password hash should not be).
 * <p>
 * The User aggregate's command handlers write it in the transaction of the command, so a credential and the event that
 * speaks of it commit together. The unique email is the final arbiter between two registrations of one address.
 */
public interface UserCredentials {

    /**
     * Records the credential of a new user. An email held by another user is {@code RuleViolationException}
     * {@code email-taken}; a user that already has a credential is {@code user-exists}.
     */
    void claim(UUID userId, String email, String passwordHash);

    void changePasswordHash(UUID userId, String passwordHash);

    void setActive(UUID userId, boolean active);

    /** Records whether the user holds the SUPERUSER role. */
    void setSuperuser(UUID userId, boolean superuser);

    /**
     * How many active superusers there are besides {@code userId}, locking them until the transaction ends, so that two
     * commands that each remove a superuser cannot both see the other still there.
     */
    int lockActiveSuperusersOtherThan(UUID userId);

    /** The credential registered under this (normalised) email, if any. */
    Optional<StoredCredential> findByEmail(String email);

    /** A user's credential as stored. */
    record StoredCredential(UUID userId, String email, String passwordHash, boolean active) {

        @Override
        public String toString() {
            return "StoredCredential[userId=" + userId + ", email=" + email + ", active=" + active + "]";
        }
    }
}
