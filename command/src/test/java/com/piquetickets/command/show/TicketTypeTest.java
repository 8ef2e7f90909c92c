package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;
import static com.piquetickets.command.show.ShowFixtures.ticket;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.AddTicketTypeCommand;
import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a show sells: adding, changing and removing ticket types. */
class TicketTypeTest {

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        fixture = ShowFixtures.fixture(ShowFixtures.registry());
    }

    @Test
    void ticketTypeIsAdded() {
        fixture.given(created())
                .when(new AddTicketTypeCommand(SHOW, GENERAL, new TicketTypeSpec(" General ", " Standing ", 100, Money.of("25", USD), false, null, true)))
                .expectEvents(new TicketTypeAddedEvent(SHOW, GENERAL,
                        new TicketTypeSpec("General", "Standing", 100, Money.of("25.00", USD), false, null, true)));
    }

    @Test
    void ticketTypeNeedsAName() {
        add(ticket("", 10, "5.00")).expectException(invalidInput("name"));
    }

    @Test
    void quantityIsAtLeastOne() {
        add(ticket("GA", 0, "5.00")).expectException(invalidInput("quantity"));
    }

    @Test
    void quantityIsAtMostAMillion() {
        add(ticket("GA", 1_000_001, "5.00")).expectException(invalidInput("quantity"));
    }

    @Test
    void priceCannotBeNegative() {
        add(ticket("GA", 10, "-0.01")).expectException(invalidInput("price"));
    }

    @Test
    void priceIsInTheCurrencyOfTheShow() {
        add(new TicketTypeSpec("GA", null, 10, Money.of("5.00", "EUR"), false, null, false)).expectException(invalidInput("price"));
    }

    @Test
    void freeTicketsAreAllowed() {
        fixture.given(created())
                .when(new AddTicketTypeCommand(SHOW, GENERAL, ticket("Free", 10, "0")))
                .expectEvents(new TicketTypeAddedEvent(SHOW, GENERAL, ticket("Free", 10, "0.00")));
    }

    @Test
    void donationBasedTypeWithoutMinimumTakesAnyDonation() {
        fixture.given(created())
                .when(new AddTicketTypeCommand(SHOW, GENERAL, new TicketTypeSpec("Pay what you want", null, 50, Money.zero(USD), true, null, false)))
                .expectEvents(new TicketTypeAddedEvent(SHOW, GENERAL,
                        new TicketTypeSpec("Pay what you want", null, 50, Money.zero(USD), true, Money.zero(USD), false)));
    }

    @Test
    void minimumDonationCannotBeNegative() {
        add(new TicketTypeSpec("PWYW", null, 50, Money.zero(USD), true, Money.of("-1", USD), false))
                .expectException(invalidInput("minimumDonation"));
    }

    @Test
    void onlyDonationBasedTypesTakeAMinimumDonation() {
        add(new TicketTypeSpec("GA", null, 50, Money.of("10", USD), false, Money.of("5", USD), false))
                .expectException(invalidInput("minimumDonation"));
    }

    @Test
    void ticketTypeNamesAreUniqueIgnoringCase() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new AddTicketTypeCommand(SHOW, VIP, ticket("general admission", 10, "5.00")))
                .expectException(ruleViolation("ticket-type-name-taken"));
    }

    @Test
    void ticketTypeIdIsUsedOnce() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new AddTicketTypeCommand(SHOW, GENERAL, ticket("Balcony", 10, "5.00")))
                .expectException(ruleViolation("ticket-type-exists"));
    }

    @Test
    void ticketTypesOfACancelledShowCannotChange() {
        fixture.given(created(), new ShowCancelledEvent(SHOW, "storm"))
                .when(new AddTicketTypeCommand(SHOW, GENERAL, ticket("GA", 10, "5.00")))
                .expectException(ruleViolation("show-cancelled"));
    }

    @Test
    void ticketTypeIsChanged() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("General Admission", 80, "30.00")))
                .expectEvents(new TicketTypeChangedEvent(SHOW, GENERAL, ticket("General Admission", 80, "30.00")));
    }

    @Test
    void changingATicketTypeKeepsItsOwnNameFree() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("GENERAL ADMISSION", 100, "25.00")))
                .expectEvents(new TicketTypeChangedEvent(SHOW, GENERAL, ticket("GENERAL ADMISSION", 100, "25.00")));
    }

    @Test
    void changingAnUnknownTicketTypeIsNotFound() {
        fixture.given(created())
                .when(new ChangeTicketTypeCommand(SHOW, new TicketTypeId(UUID.randomUUID()), ticket("GA", 10, "5.00")))
                .expectException(notFound("ticket-type", null));
    }

    @Test
    void ticketTypeIsRemoved() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new RemoveTicketTypeCommand(SHOW, GENERAL))
                .expectEvents(new TicketTypeRemovedEvent(SHOW, GENERAL));
    }

    @Test
    void removingAnUnknownTicketTypeIsNotFound() {
        fixture.given(created())
                .when(new RemoveTicketTypeCommand(SHOW, GENERAL))
                .expectException(notFound("ticket-type", null));
    }

    @Test
    void publishedShowKeepsItsLastTicketType() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new RemoveTicketTypeCommand(SHOW, GENERAL))
                .expectException(ruleViolation("show-needs-ticket-type"));
    }

    private ResultValidator<Show> add(TicketTypeSpec spec) {
        return fixture.given(created()).when(new AddTicketTypeCommand(SHOW, GENERAL, spec));
    }
}
