package com.piquetickets.command.onboarding;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.onboarding.AcceptInvitationCommand;
import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.onboarding.InviteProducerMemberCommand;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.onboarding.ProducerMemberInvitedEvent;
import com.piquetickets.domain.producer.ProducerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OnboardingSessionTest {

    private static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));
    private static final OnboardingSessionId SESSION = new OnboardingSessionId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private static final ProducerId OWLS = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final UserId ADA = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final String TOKEN_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final ProducerMemberInvitedEvent INVITED =
            new ProducerMemberInvitedEvent(SESSION, OWLS, "ada@example.com", TOKEN_HASH, EXPIRES);

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<OnboardingSession> fixture;
    private Instant now = NOW;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(OnboardingSession.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now, zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    private void at(Instant instant) {
        now = instant;
    }

    @Test
    void staffInviteAnEmailToAnActiveProducer() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, " Ada@Example.com", TOKEN_HASH.toUpperCase(), EXPIRES))
                .expectEvents(INVITED);
    }

    @Test
    void cannotInviteToAProducerThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, "ada@example.com", TOKEN_HASH, EXPIRES))
                .expectException(notFound("producer", "producerId"));
    }

    @Test
    void cannotInviteToADeactivatedProducer() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", false);

        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, "ada@example.com", TOKEN_HASH, EXPIRES))
                .expectException(notFound("producer", "producerId"));
    }

    @Test
    void invitedEmailMustBeValid() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, "not-an-email", TOKEN_HASH, EXPIRES))
                .expectException(invalidInput("email"));
    }

    @Test
    void tokenIsKnownOnlyAsItsSha256() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, "ada@example.com", "the-raw-token", EXPIRES))
                .expectException(invalidInput("tokenHash"));
    }

    @Test
    void invitationMustExpireInTheFuture() {
        registry.with(CatalogueKind.PRODUCER, OWLS.value(), "night-owls", true);

        fixture.givenNoPriorActivity()
                .when(new InviteProducerMemberCommand(SESSION, OWLS, "ada@example.com", TOKEN_HASH, NOW))
                .expectException(invalidInput("expiresAt"));
    }

    @Test
    void inviteeAcceptsWithTheInvitedEmail() {
        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(SESSION, ADA, "ADA@example.com"))
                .expectEvents(new InvitationAcceptedEvent(SESSION, OWLS, ADA));
    }

    @Test
    void invitationIsSingleUse() {
        fixture.given(INVITED, new InvitationAcceptedEvent(SESSION, OWLS, ADA))
                .when(new AcceptInvitationCommand(SESSION, ADA, "ada@example.com"))
                .expectException(ruleViolation("invitation-used"))
                .expectNoEvents();
    }

    @Test
    void invitationCannotBeAcceptedWhenItExpires() {
        at(EXPIRES);

        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(SESSION, ADA, "ada@example.com"))
                .expectException(ruleViolation("invitation-expired"));
    }

    @Test
    void invitationCanBeAcceptedUpToItsExpiry() {
        at(EXPIRES.minusMillis(1));

        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(SESSION, ADA, "ada@example.com"))
                .expectEvents(new InvitationAcceptedEvent(SESSION, OWLS, ADA));
    }

    @Test
    void invitationIsOnlyForTheInvitedEmail() {
        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(SESSION, ADA, "mallory@example.com"))
                .expectException(ruleViolation("invitation-email-mismatch"));
    }
}
