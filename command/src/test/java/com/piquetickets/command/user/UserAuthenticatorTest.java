package com.piquetickets.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.user.AuthenticateUserCommand;
import com.piquetickets.domain.user.Password;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real Argon2 hasher: sign-in answers the user id, or null for every kind of failure. */
class UserAuthenticatorTest {

    private static final UUID ADA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final PasswordHasher ARGON2 = new Argon2PasswordHasher();
    private static String adaHash;

    private final InMemoryUserCredentials credentials = new InMemoryUserCredentials();

    @BeforeAll
    static void hashOnce() {
        adaHash = ARGON2.hash("correct horse battery");
    }

    private UserAuthenticator authenticator() {
        credentials.claim(ADA, "ada@example.com", adaHash);
        return new UserAuthenticator(credentials, ARGON2);
    }

    @Test
    void storedHashIsArgon2idWithASalt() {
        assertThat(adaHash).startsWith("$argon2id$");
        assertThat(ARGON2.hash("correct horse battery")).isNotEqualTo(adaHash);
    }

    @Test
    void rightEmailAndPasswordAnswerTheUser() {
        assertThat(authenticator().handle(new AuthenticateUserCommand("ada@example.com", new Password("correct horse battery"))))
                .isEqualTo(new UserId(ADA));
    }

    @Test
    void emailIsMatchedIgnoringCaseAndSpaces() {
        assertThat(authenticator().handle(new AuthenticateUserCommand(" ADA@Example.com ", new Password("correct horse battery"))))
                .isEqualTo(new UserId(ADA));
    }

    @Test
    void wrongPasswordAnswersNull() {
        assertThat(authenticator().handle(new AuthenticateUserCommand("ada@example.com", new Password("correct horse battery!"))))
                .isNull();
    }

    @Test
    void unknownEmailAnswersNull() {
        assertThat(authenticator().handle(new AuthenticateUserCommand("bob@example.com", new Password("correct horse battery"))))
                .isNull();
    }

    @Test
    void deactivatedUserAnswersNullEvenWithTheRightPassword() {
        UserAuthenticator authenticator = authenticator();
        credentials.setActive(ADA, false);

        assertThat(authenticator.handle(new AuthenticateUserCommand("ada@example.com", new Password("correct horse battery"))))
                .isNull();
    }

    @Test
    void missingEmailOrPasswordAnswersNull() {
        UserAuthenticator authenticator = authenticator();

        assertThat(authenticator.handle(new AuthenticateUserCommand(null, new Password("correct horse battery")))).isNull();
        assertThat(authenticator.handle(new AuthenticateUserCommand("ada@example.com", null))).isNull();
    }

    @Test
    void unknownEmailStillCostsOneHashVerification() {
        CountingHasher counting = new CountingHasher();
        UserAuthenticator authenticator = new UserAuthenticator(credentials, counting);
        counting.verifications = 0;

        authenticator.handle(new AuthenticateUserCommand("nobody@example.com", new Password("whatever it is")));

        assertThat(counting.verifications).isEqualTo(1);
    }

    private static final class CountingHasher extends FastPasswordHasher {
        int verifications;

        @Override
        public boolean matches(String password, String hash) {
            verifications++;
            return super.matches(password, hash);
        }
    }
}
