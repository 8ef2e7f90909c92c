package com.piquetickets.command.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.RuleViolationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every credentials store does, run against each implementation. */
abstract class UserCredentialsContract {

    abstract UserCredentials credentials();

    private static String email() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void claimedCredentialIsFoundByEmail() {
        UUID user = UUID.randomUUID();
        String email = email();
        credentials().claim(user, email, "hash-1");

        assertThat(credentials().findByEmail(email))
                .contains(new UserCredentials.StoredCredential(user, email, "hash-1", true));
    }

    @Test
    void unknownEmailIsNotFound() {
        assertThat(credentials().findByEmail(email())).isEmpty();
    }

    @Test
    void anEmailIsClaimedOnce() {
        String email = email();
        credentials().claim(UUID.randomUUID(), email, "hash-1");

        assertThatThrownBy(() -> credentials().claim(UUID.randomUUID(), email, "hash-2"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
    }

    @Test
    void aUserHasOneCredential() {
        UUID user = UUID.randomUUID();
        credentials().claim(user, email(), "hash-1");

        assertThatThrownBy(() -> credentials().claim(user, email(), "hash-2"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("user-exists"));
    }

    @Test
    void passwordHashIsReplaced() {
        UUID user = UUID.randomUUID();
        String email = email();
        credentials().claim(user, email, "hash-1");

        credentials().changePasswordHash(user, "hash-2");

        assertThat(credentials().findByEmail(email).orElseThrow().passwordHash()).isEqualTo("hash-2");
    }

    @Test
    void activeFlagIsFlipped() {
        UUID user = UUID.randomUUID();
        String email = email();
        credentials().claim(user, email, "hash-1");

        credentials().setActive(user, false);
        assertThat(credentials().findByEmail(email).orElseThrow().active()).isFalse();

        credentials().setActive(user, true);
        assertThat(credentials().findByEmail(email).orElseThrow().active()).isTrue();
    }

    @Test
    void activeSuperusersAreCountedWithoutTheOneAsked() {
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        credentials().claim(ada, ada + "@example.com", "hash");
        credentials().claim(grace, grace + "@example.com", "hash");
        credentials().claim(staff, staff + "@example.com", "hash");
        credentials().setSuperuser(ada, true);
        credentials().setSuperuser(grace, true);

        assertThat(credentials().lockActiveSuperusersOtherThan(ada)).isGreaterThanOrEqualTo(1);
        credentials().setActive(grace, false);
        assertThat(credentials().lockActiveSuperusersOtherThan(ada)).isZero();
        credentials().setSuperuser(staff, true);
        credentials().setSuperuser(staff, false);
        assertThat(credentials().lockActiveSuperusersOtherThan(ada)).isZero();
    }

    @Test
    void textOfACredentialLeavesOutTheHash() {
        assertThat(new UserCredentials.StoredCredential(UUID.randomUUID(), "a@example.com", "secret-hash", true).toString())
                .doesNotContain("secret-hash");
    }
}
