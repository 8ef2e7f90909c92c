package com.piquetickets.command.user;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import com.piquetickets.domain.user.ChangePasswordCommand;
import com.piquetickets.domain.user.ChangePublishPermissionCommand;
import com.piquetickets.domain.user.ChangeUserRolesCommand;
import com.piquetickets.domain.user.DeactivateUserCommand;
import com.piquetickets.domain.user.DissociateUserFromProducerCommand;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.PublishPermissionChangedEvent;
import com.piquetickets.domain.user.ReactivateUserCommand;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserAssociatedWithProducerEvent;
import com.piquetickets.domain.user.UserDeactivatedEvent;
import com.piquetickets.domain.user.UserDissociatedFromProducerEvent;
import com.piquetickets.domain.user.UserPasswordChangedEvent;
import com.piquetickets.domain.user.UserReactivatedEvent;
import com.piquetickets.domain.user.UserRegisteredEvent;
import com.piquetickets.domain.user.UserRolesChangedEvent;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final UserId ADA = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final ProducerId OWLS = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final Password GOOD = new Password("correct horse battery");
    private static final UserRegisteredEvent REGISTERED =
            new UserRegisteredEvent(ADA, "ada@example.com", "ada@example.com", "Ada", "Lovelace", Set.of());

    private InMemoryUserCredentials credentials;
    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        credentials = new InMemoryUserCredentials();
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(credentials);
        fixture.registerInjectableResource(new FastPasswordHasher());
        fixture.registerInjectableResource(registry);
    }

    @Test
    void theLastActiveSuperuserCannotBeDeactivated() {
        credentials.claim(ADA.value(), "ada@example.com", "hashed:x");
        credentials.setSuperuser(ADA.value(), true);

        fixture.given(superuser(ADA))
                .when(new DeactivateUserCommand(ADA))
                .expectException(ruleViolation("last-superuser"))
                .expectNoEvents();
        assertThat(credentials.of(ADA.value()).orElseThrow().active()).isTrue();
    }

    @Test
    void aSuperuserIsDeactivatedWhileAnotherActiveOneRemains() {
        UUID other = UUID.randomUUID();
        credentials.claim(ADA.value(), "ada@example.com", "hashed:x");
        credentials.setSuperuser(ADA.value(), true);
        credentials.claim(other, "grace@example.com", "hashed:y");
        credentials.setSuperuser(other, true);

        fixture.given(superuser(ADA))
                .when(new DeactivateUserCommand(ADA))
                .expectEvents(new UserDeactivatedEvent(ADA));
    }

    @Test
    void theLastActiveSuperuserKeepsTheRole() {
        credentials.claim(ADA.value(), "ada@example.com", "hashed:x");
        credentials.setSuperuser(ADA.value(), true);

        fixture.given(superuser(ADA))
                .when(new ChangeUserRolesCommand(ADA, Set.of(Role.STAFF)))
                .expectException(ruleViolation("last-superuser"))
                .expectNoEvents();
    }

    @Test
    void registeringASuperuserRecordsItNextToTheCredential() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "Lovelace", GOOD, Set.of(Role.SUPERUSER)))
                .expectSuccessfulHandlerExecution();

        assertThat(credentials.lockActiveSuperusersOtherThan(UUID.randomUUID())).isEqualTo(1);
    }

    private static UserRegisteredEvent superuser(UserId id) {
        return new UserRegisteredEvent(id, "ada@example.com", "ada@example.com", "Ada", "Lovelace", Set.of(Role.SUPERUSER));
    }

    @Test
    void registrationNormalisesTheEmailIntoTheUsername() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "  Ada@Example.COM ", " Ada ", "Lovelace", GOOD, Set.of(Role.STAFF)))
                .expectEvents(new UserRegisteredEvent(ADA, "ada@example.com", "ada@example.com", "Ada", "Lovelace",
                        Set.of(Role.STAFF)));
    }

    @Test
    void registrationStoresOnlyAHashOfThePasswordOutsideTheEvents() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "Lovelace", GOOD, null))
                .expectSuccessfulHandlerExecution();

        UserCredentials.StoredCredential stored = credentials.of(ADA.value()).orElseThrow();
        assertThat(stored.email()).isEqualTo("ada@example.com");
        assertThat(stored.passwordHash()).isEqualTo("hashed:" + GOOD.value());
        assertThat(stored.active()).isTrue();
    }

    @Test
    void anEmailHasOneAccount() {
        credentials.claim(UUID.randomUUID(), "ada@example.com", "hashed:x");

        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ADA@example.com", "Ada", "Lovelace", GOOD, null))
                .expectException(ruleViolation("email-taken"))
                .expectNoEvents();
    }

    @Test
    void emailMustBeValid() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada.example.com", "Ada", "Lovelace", GOOD, null))
                .expectException(invalidInput("email"));
    }

    @Test
    void passwordHasAtLeastTenCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "Lovelace", new Password("123456789"), null))
                .expectException(invalidInput("password"));
    }

    @Test
    void passwordHasAtMost128Characters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "Lovelace", new Password("x".repeat(129)), null))
                .expectException(invalidInput("password"));
    }

    @Test
    void passwordIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "Lovelace", null, null))
                .expectException(invalidInput("password"));
    }

    @Test
    void passwordNeverShowsInText() {
        assertThat(GOOD.toString()).doesNotContain(GOOD.value());
        assertThat(new RegisterUserCommand(ADA, "ada@example.com", "Ada", "L", GOOD, null).toString()).doesNotContain(GOOD.value());
    }

    @Test
    void changingThePasswordRehashesIt() {
        credentials.claim(ADA.value(), "ada@example.com", "hashed:" + GOOD.value());

        fixture.given(REGISTERED)
                .when(new ChangePasswordCommand(ADA, new Password("a new long passphrase")))
                .expectEvents(new UserPasswordChangedEvent(ADA));
        assertThat(credentials.of(ADA.value()).orElseThrow().passwordHash()).isEqualTo("hashed:a new long passphrase");
    }

    @Test
    void aNewPasswordFollowsTheRules() {
        fixture.given(REGISTERED)
                .when(new ChangePasswordCommand(ADA, new Password("short")))
                .expectException(invalidInput("password"));
    }

    @Test
    void rolesAreReplaced() {
        fixture.given(REGISTERED)
                .when(new ChangeUserRolesCommand(ADA, Set.of(Role.SUPPORT, Role.ANALYST)))
                .expectEvents(new UserRolesChangedEvent(ADA, Set.of(Role.SUPPORT, Role.ANALYST)));
    }

    @Test
    void unchangedRolesRecordNothing() {
        fixture.given(REGISTERED, new UserRolesChangedEvent(ADA, Set.of(Role.STAFF)))
                .when(new ChangeUserRolesCommand(ADA, Set.of(Role.STAFF)))
                .expectNoEvents();
    }

    @Test
    void aNewUserMayNotPublishUntilAllowed() {
        fixture.given(REGISTERED)
                .when(new ChangePublishPermissionCommand(ADA, true))
                .expectEvents(new PublishPermissionChangedEvent(ADA, true));
    }

    @Test
    void unchangedPublishPermissionRecordsNothing() {
        fixture.given(REGISTERED)
                .when(new ChangePublishPermissionCommand(ADA, false))
                .expectNoEvents();
    }

    @Test
    void userBecomesAMemberOfAnExistingProducer() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.given(REGISTERED)
                .when(new AssociateUserWithProducerCommand(ADA, OWLS))
                .expectEvents(new UserAssociatedWithProducerEvent(ADA, OWLS));
    }

    @Test
    void associatingTwiceRecordsOnce() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.given(REGISTERED, new UserAssociatedWithProducerEvent(ADA, OWLS))
                .when(new AssociateUserWithProducerCommand(ADA, OWLS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotJoinAProducerThatDoesNotExist() {
        fixture.given(REGISTERED)
                .when(new AssociateUserWithProducerCommand(ADA, OWLS))
                .expectException(notFound("producer", "producerId"));
    }

    @Test
    void memberLeavesAProducer() {
        fixture.given(REGISTERED, new UserAssociatedWithProducerEvent(ADA, OWLS))
                .when(new DissociateUserFromProducerCommand(ADA, OWLS))
                .expectEvents(new UserDissociatedFromProducerEvent(ADA, OWLS));
    }

    @Test
    void leavingAProducerOneIsNotAMemberOfRecordsNothing() {
        fixture.given(REGISTERED)
                .when(new DissociateUserFromProducerCommand(ADA, OWLS))
                .expectNoEvents();
    }

    @Test
    void deactivationStopsSignIn() {
        credentials.claim(ADA.value(), "ada@example.com", "hashed:x");

        fixture.given(REGISTERED)
                .when(new DeactivateUserCommand(ADA))
                .expectEvents(new UserDeactivatedEvent(ADA));
        assertThat(credentials.of(ADA.value()).orElseThrow().active()).isFalse();
    }

    @Test
    void deactivatingTwiceRecordsOnce() {
        fixture.given(REGISTERED, new UserDeactivatedEvent(ADA))
                .when(new DeactivateUserCommand(ADA))
                .expectNoEvents();
    }

    @Test
    void reactivationAllowsSignInAgain() {
        credentials.claim(ADA.value(), "ada@example.com", "hashed:x");
        credentials.setActive(ADA.value(), false);

        fixture.given(REGISTERED, new UserDeactivatedEvent(ADA))
                .when(new ReactivateUserCommand(ADA))
                .expectEvents(new UserReactivatedEvent(ADA));
        assertThat(credentials.of(ADA.value()).orElseThrow().active()).isTrue();
    }

    @Test
    void reactivatingAnActiveUserRecordsNothing() {
        fixture.given(REGISTERED)
                .when(new ReactivateUserCommand(ADA))
                .expectNoEvents();
    }
}
