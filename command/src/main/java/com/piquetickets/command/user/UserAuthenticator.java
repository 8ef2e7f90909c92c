package com.piquetickets.command.user;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.user.AuthenticateUserCommand;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password against the stored credentials. Answers the user's id, or null for any failure (unknown
 * email, deactivated user, wrong password) without saying which, and records nothing.
 * <p>
 * An unknown email still costs one hash verification (against a hash of a random password made at start-up), so the
 * time taken does not tell which emails have accounts.
 */
@Component
public class UserAuthenticator {

    private final UserCredentials credentials;
    private final PasswordHasher hasher;
    private final String dummyHash;

    public UserAuthenticator(UserCredentials credentials, PasswordHasher hasher) {
        this.credentials = credentials;
        this.hasher = hasher;
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
    }

    @CommandHandler
    public UserId handle(AuthenticateUserCommand command) {
        String password = command.password() == null ? null : command.password().value();
        String email = command.email() == null ? "" : command.email().trim().toLowerCase(Locale.ROOT);
        Optional<UserCredentials.StoredCredential> stored = email.isEmpty() ? Optional.empty() : credentials.findByEmail(email);
        String candidate = password == null ? "" : password;
        boolean matches = hasher.matches(candidate, stored.map(UserCredentials.StoredCredential::passwordHash).orElse(dummyHash));
        if (stored.isEmpty() || password == null || !matches || !stored.get().active()) {
            return null;
        }
        return new UserId(stored.get().userId());
    }
}
