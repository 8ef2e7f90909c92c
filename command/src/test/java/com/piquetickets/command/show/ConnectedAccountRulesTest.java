package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.PRODUCER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.ticket;

import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.AddTicketTypeCommand;
import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With Stripe configured, a show only takes money for a producer whose connected account takes charges. */
class ConnectedAccountRulesTest {

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        registry = ShowFixtures.registry();
        fixture = ShowFixtures.fixture(registry, CardPayments.THROUGH_CONNECT);
    }

    @Test
    void paidShowOfAProducerWithoutChargesIsNotPublished() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "must finish Stripe onboarding"));
    }

    @Test
    void payWhatYouWantShowOfAProducerWithoutChargesIsNotPublished() {
        fixture.given(created(), new TicketTypeAddedEvent(SHOW, GENERAL, payWhatYouWant()))
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "must finish Stripe onboarding"));
    }

    @Test
    void missingChargesAreNamedWithEverythingElseMissing() {
        fixture.given(created(ShowFixtures.details("Gala", null, null, null, ShowFixtures.VENUE)), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "set a start time; set an end time; the producer "
                        + "must finish Stripe onboarding"));
    }

    @Test
    void paidShowIsPublishedOnceChargesAreEnabled() {
        registry.recordChargesEnabled(PRODUCER.value(), true);

        fixture.given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectEvents(new ShowPublishedEvent(SHOW));
    }

    @Test
    void freeShowNeedsNoConnectedAccount() {
        fixture.given(created(), new TicketTypeAddedEvent(SHOW, GENERAL, ticket("Free entry", 50, "0.00")))
                .when(new PublishShowCommand(SHOW))
                .expectEvents(new ShowPublishedEvent(SHOW));
    }

    @Test
    void withoutStripeAPaidShowNeedsNoConnectedAccount() {
        ShowFixtures.fixture(registry, CardPayments.WITHOUT_STRIPE)
                .given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectEvents(new ShowPublishedEvent(SHOW));
    }

    @Test
    void publishedFreeShowCannotAddAPaidTicketTypeWithoutCharges() {
        fixture.given(created(), new TicketTypeAddedEvent(SHOW, GENERAL, ticket("Free entry", 50, "0.00")), published())
                .when(new AddTicketTypeCommand(SHOW, VIP, ticket("VIP", 10, "40.00")))
                .expectException(ruleViolation("charges-not-enabled", "'VIP' takes money"));
    }

    @Test
    void publishedFreeTicketTypeCannotBecomePaidWithoutCharges() {
        fixture.given(created(), new TicketTypeAddedEvent(SHOW, GENERAL, ticket("Free entry", 50, "0.00")), published())
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("Free entry", 50, "5.00")))
                .expectException(ruleViolation("charges-not-enabled"));
    }

    @Test
    void draftCanHavePaidTicketTypesBeforeOnboarding() {
        fixture.given(created())
                .when(new AddTicketTypeCommand(SHOW, GENERAL, ticket("General Admission", 100, "25.00")))
                .expectEvents(new TicketTypeAddedEvent(SHOW, GENERAL, ticket("General Admission", 100, "25.00")));
    }

    @Test
    void publishedPaidShowOfAnOnboardedProducerAddsPaidTicketTypes() {
        registry.recordChargesEnabled(PRODUCER.value(), true);

        fixture.given(created(), generalAdmissionAdded(), published())
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("General Admission", 100, "30.00")))
                .expectEvents(new TicketTypeChangedEvent(SHOW, GENERAL, ticket("General Admission", 100, "30.00")));
    }

    private static TicketTypeSpec payWhatYouWant() {
        return new TicketTypeSpec("Pay what you want", null, 50, Money.zero(USD), true, Money.zero(USD), false);
    }
}
