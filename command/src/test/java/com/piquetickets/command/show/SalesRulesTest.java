package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.VIP;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.held;
import static com.piquetickets.command.show.ShowFixtures.ticket;

import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules that guard sold and held seats, driven by the reservation events. */
class SalesRulesTest {

    private static final TicketTypeAddedEvent TEN_SEATS = new TicketTypeAddedEvent(SHOW, GENERAL, ticket("GA", 10, "5.00"));

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        fixture = ShowFixtures.fixture(ShowFixtures.registry());
    }

    @Test
    void quantityCannotDropBelowSoldAndHeld() {
        fixture.given(created(), TEN_SEATS, published(), reserved(ORDER, GENERAL, 4),
                        new ReservationConfirmedEvent(SHOW, ORDER, List.of(held(GENERAL, 4)), false),
                        reserved(OTHER_ORDER, GENERAL, 3))
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("GA", 6, "5.00")))
                .expectException(ruleViolation("ticket-quantity-below-sold", "at least 7"));
    }

    @Test
    void quantityCanDropToSoldAndHeld() {
        fixture.given(created(), TEN_SEATS, published(), reserved(ORDER, GENERAL, 7))
                .when(new ChangeTicketTypeCommand(SHOW, GENERAL, ticket("GA", 7, "5.00")))
                .expectEvents(new TicketTypeChangedEvent(SHOW, GENERAL, ticket("GA", 7, "5.00")));
    }

    @Test
    void ticketTypeWithHeldSeatsCannotBeRemoved() {
        fixture.given(created(), TEN_SEATS, new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", 10, "50.00")), published(),
                        reserved(ORDER, GENERAL, 1))
                .when(new RemoveTicketTypeCommand(SHOW, GENERAL))
                .expectException(ruleViolation("ticket-type-has-sales"));
    }

    @Test
    void showWithSalesCannotBeDeleted() {
        fixture.given(created(), TEN_SEATS, published(), reserved(ORDER, GENERAL, 1),
                        new ReservationConfirmedEvent(SHOW, ORDER, List.of(held(GENERAL, 1)), false))
                .when(new DeleteShowCommand(SHOW))
                .expectException(ruleViolation("show-has-sales", "cancel it instead"));
    }

    @Test
    void showWithHeldSeatsCannotBeDeleted() {
        fixture.given(created(), TEN_SEATS, published(), reserved(ORDER, GENERAL, 2))
                .when(new DeleteShowCommand(SHOW))
                .expectException(ruleViolation("show-has-sales", "2 tickets sold or held"));
    }
}
