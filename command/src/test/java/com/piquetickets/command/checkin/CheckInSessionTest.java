package com.piquetickets.command.checkin;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.checkin.CheckInSessionOpenedEvent;
import com.piquetickets.domain.checkin.CheckInSessionRevokedEvent;
import com.piquetickets.domain.checkin.OpenCheckInSessionCommand;
import com.piquetickets.domain.checkin.RevokeCheckInSessionCommand;
import com.piquetickets.domain.show.ShowId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A door device's session: opened for one existing show, with a hashed token, until it expires or is revoked. */
class CheckInSessionTest {

    private static final Instant NOW = Instant.parse("2030-06-01T17:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(48));
    private static final CheckInSessionId SESSION = new CheckInSessionId(UUID.fromString("00000000-0000-0000-0000-0000000c0001"));
    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final ShowId OTHER_SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e002"));
    private static final String TOKEN_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final CheckInSessionOpenedEvent OPENED =
            new CheckInSessionOpenedEvent(SESSION, SHOW, "Front door", TOKEN_HASH, EXPIRES);

    private FixtureConfiguration<CheckInSession> fixture;
    private InMemoryCatalogueRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        registry.with(CatalogueKind.SHOW, SHOW.value(), "late-night-laughs", true);
        fixture = new AggregateTestFixture<>(CheckInSession.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aSessionIsOpenedForAShow() {
        fixture.givenNoPriorActivity()
                .when(new OpenCheckInSessionCommand(SESSION, SHOW, " Front door ", TOKEN_HASH, EXPIRES))
                .expectEvents(OPENED);
    }

    @Test
    void aSessionIsForAShowThatExists() {
        fixture.givenNoPriorActivity()
                .when(new OpenCheckInSessionCommand(SESSION, OTHER_SHOW, "Front door", TOKEN_HASH, EXPIRES))
                .expectException(notFound("show", null));
    }

    @Test
    void aSessionHasAName() {
        fixture.givenNoPriorActivity()
                .when(new OpenCheckInSessionCommand(SESSION, SHOW, "  ", TOKEN_HASH, EXPIRES))
                .expectException(invalidInput("name"));
    }

    @Test
    void onlyTheTokensHashIsKept() {
        fixture.givenNoPriorActivity()
                .when(new OpenCheckInSessionCommand(SESSION, SHOW, "Front door", "the token itself", EXPIRES))
                .expectException(invalidInput("tokenHash"));
    }

    @Test
    void aSessionExpiresInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new OpenCheckInSessionCommand(SESSION, SHOW, "Front door", TOKEN_HASH, NOW))
                .expectException(invalidInput("expiresAt"));
    }

    @Test
    void aSessionIsRevoked() {
        fixture.given(OPENED)
                .when(new RevokeCheckInSessionCommand(SESSION, SHOW))
                .expectEvents(new CheckInSessionRevokedEvent(SESSION, SHOW));
    }

    @Test
    void revokingTwiceIsANoOp() {
        fixture.given(OPENED, new CheckInSessionRevokedEvent(SESSION, SHOW))
                .when(new RevokeCheckInSessionCommand(SESSION, SHOW))
                .expectNoEvents();
    }

    @Test
    void aSessionIsRevokedOnlyThroughItsOwnShow() {
        fixture.given(OPENED)
                .when(new RevokeCheckInSessionCommand(SESSION, OTHER_SHOW))
                .expectException(notFound("check-in-session", null));
    }
}
