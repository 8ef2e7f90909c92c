package com.piquetickets.command.producer;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.command.common.DomainFailures;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.ConnectedAccountCreatedEvent;
import com.piquetickets.domain.producer.ConnectedAccountOnboardingLinkIssuedEvent;
import com.piquetickets.domain.producer.ConnectedAccountStatusUpdatedEvent;
import com.piquetickets.domain.producer.CreateProducerCommand;
import com.piquetickets.domain.producer.DeactivateProducerCommand;
import com.piquetickets.domain.producer.ProducerCreatedEvent;
import com.piquetickets.domain.producer.ProducerDeactivatedEvent;
import com.piquetickets.domain.producer.ProducerDetails;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerUpdatedEvent;
import com.piquetickets.domain.producer.RecordConnectedAccountCommand;
import com.piquetickets.domain.producer.RecordOnboardingLinkCommand;
import com.piquetickets.domain.producer.UpdateConnectedAccountStatusCommand;
import com.piquetickets.domain.producer.UpdateProducerCommand;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProducerTest {

    private static final ProducerId PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final ProducerDetails OWLS = details("Night Owls", null);
    private static final Slug OWLS_SLUG = new Slug("night-owls");
    private static final String ACCOUNT = "acct_1NightOwls";
    private static final Instant CHECKED = Instant.parse("2030-01-02T03:04:05Z");
    private static final Instant LINK_EXPIRES = Instant.parse("2030-01-02T03:09:05Z");

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Producer> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(Producer.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void producerIsCreatedActiveUnderASlugFromItsName() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, OWLS, null))
                .expectEvents(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS));
        assertThat(registry.isActive(CatalogueKind.PRODUCER, PRODUCER.value())).isTrue();
    }

    @Test
    void producerNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, details("", null), null))
                .expectException(invalidInput("name"));
    }

    @Test
    void socialLinksMustBeHttpUrls() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, details("Night Owls", "ftp://files.example/owls"), null))
                .expectException(invalidInput("instagram"));
    }

    @Test
    void slugStaysWhenNameChanges() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new UpdateProducerCommand(PRODUCER, details("Night Owls Presents", null), null))
                .expectEvents(new ProducerUpdatedEvent(PRODUCER, details("Night Owls Presents", null)));
    }

    @Test
    void deactivatedProducerCanStillBeCorrected() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ProducerDeactivatedEvent(PRODUCER))
                .when(new UpdateProducerCommand(PRODUCER, details("Night Owls (closed)", null), null))
                .expectEvents(new ProducerUpdatedEvent(PRODUCER, details("Night Owls (closed)", null)));
    }

    @Test
    void deactivationStopsTheProducerInTheCatalogue() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new DeactivateProducerCommand(PRODUCER))
                .expectEvents(new ProducerDeactivatedEvent(PRODUCER));
        assertThat(registry.isActive(CatalogueKind.PRODUCER, PRODUCER.value())).isFalse();
    }

    @Test
    void deactivatingTwiceIsANoOp() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ProducerDeactivatedEvent(PRODUCER))
                .when(new DeactivateProducerCommand(PRODUCER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- Stripe Connect ----

    @Test
    void connectedAccountIsRecorded() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new RecordConnectedAccountCommand(PRODUCER, ACCOUNT))
                .expectEvents(new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT));
    }

    @Test
    void recordingTheSameConnectedAccountAgainIsANoOp() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new RecordConnectedAccountCommand(PRODUCER, ACCOUNT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aProducerKeepsItsFirstConnectedAccount() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new RecordConnectedAccountCommand(PRODUCER, "acct_2Other"))
                .expectException(DomainFailures.ruleViolation("connected-account-exists", ACCOUNT));
    }

    @Test
    void connectedAccountNeedsAnId() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new RecordConnectedAccountCommand(PRODUCER, " "))
                .expectException(invalidInput("stripeAccountId"));
    }

    @Test
    void onboardingLinkIsRecordedForTheConnectedAccount() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new RecordOnboardingLinkCommand(PRODUCER, "https://connect.stripe.com/setup/e/acct_1/abc", LINK_EXPIRES))
                .expectEvents(new ConnectedAccountOnboardingLinkIssuedEvent(PRODUCER,
                        "https://connect.stripe.com/setup/e/acct_1/abc", LINK_EXPIRES));
    }

    @Test
    void onboardingLinkNeedsAConnectedAccount() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new RecordOnboardingLinkCommand(PRODUCER, "https://connect.stripe.com/setup/e/acct_1/abc", LINK_EXPIRES))
                .expectException(DomainFailures.ruleViolation("no-connected-account"));
    }

    @Test
    void enabledChargesAreRecordedAndKeptInTheRegistry() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, ACCOUNT, true, true, true, CHECKED))
                .expectEvents(new ConnectedAccountStatusUpdatedEvent(PRODUCER, ACCOUNT, true, true, true, CHECKED));
        assertThat(registry.chargesEnabled(PRODUCER.value())).isTrue();
    }

    @Test
    void cardPaymentsGoToTheConnectedAccountOnceItTakesCharges() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, ACCOUNT, true, true, true, CHECKED));
        assertThat(registry.payoutAccount(PRODUCER.value())).contains(ACCOUNT);
    }

    @Test
    void payoutAccountIsRecordedAlsoWhenChargesWereAlreadyEnabled() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);
        registry.recordChargesEnabled(PRODUCER.value(), true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT),
                        new ConnectedAccountStatusUpdatedEvent(PRODUCER, ACCOUNT, true, true, true, CHECKED))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, ACCOUNT, true, true, true, CHECKED.plusSeconds(60)));
        assertThat(registry.payoutAccount(PRODUCER.value())).contains(ACCOUNT);
    }

    @Test
    void disabledChargesAreTakenOutOfTheRegistry() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);
        registry.recordChargesEnabled(PRODUCER.value(), true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT),
                        new ConnectedAccountStatusUpdatedEvent(PRODUCER, ACCOUNT, true, true, true, CHECKED))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, ACCOUNT, false, true, true, CHECKED.plusSeconds(60)))
                .expectEvents(new ConnectedAccountStatusUpdatedEvent(PRODUCER, ACCOUNT, false, true, true,
                        CHECKED.plusSeconds(60)));
        assertThat(registry.chargesEnabled(PRODUCER.value())).isFalse();
    }

    @Test
    void statusOfAnotherAccountIsRefused() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ConnectedAccountCreatedEvent(PRODUCER, ACCOUNT))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, "acct_2Other", true, true, true, CHECKED))
                .expectException(DomainFailures.ruleViolation("unknown-connected-account"));
        assertThat(registry.chargesEnabled(PRODUCER.value())).isFalse();
    }

    @Test
    void statusWithoutAConnectedAccountIsRefused() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new UpdateConnectedAccountStatusCommand(PRODUCER, ACCOUNT, true, true, true, CHECKED))
                .expectException(DomainFailures.ruleViolation("unknown-connected-account"));
    }

    private static ProducerDetails details(String name, String instagram) {
        return new ProducerDetails(name, "US", "https://owls.example", "<p>We put on shows.</p>", null, instagram, null, null, null, null);
    }
}
