package com.piquetickets.command.attendee;

import static com.piquetickets.command.common.DomainFailures.invalidInput;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One issued ticket. */
class AttendeeTest {

    private static final AttendeeId TICKET = new AttendeeId(UUID.fromString("00000000-0000-0000-0000-0000000d0001"));
    private static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final TicketTypeId GENERAL = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001"));
    private static final AttendeeName GRACE = new AttendeeName("Grace", "Hopper", "grace@example.com");
    private static final TicketIssuedEvent ISSUED = new TicketIssuedEvent(TICKET, ORDER, SHOW, GENERAL, GRACE, true);

    private FixtureConfiguration<Attendee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Attendee.class);
    }

    @Test
    void ticketIsIssued() {
        fixture.givenNoPriorActivity()
                .when(new IssueTicketCommand(TICKET, ORDER, SHOW, GENERAL,
                        new AttendeeName(" Grace ", " Hopper ", " grace@example.com "), true))
                .expectEvents(ISSUED);
    }

    @Test
    void ticketIsForANamedPerson() {
        fixture.givenNoPriorActivity()
                .when(new IssueTicketCommand(TICKET, ORDER, SHOW, GENERAL, new AttendeeName("Grace", " ", null), false))
                .expectException(invalidInput("attendee.lastName"));
    }

    @Test
    void ticketBelongsToAnOrder() {
        fixture.givenNoPriorActivity()
                .when(new IssueTicketCommand(TICKET, null, SHOW, GENERAL, GRACE, false))
                .expectException(invalidInput("orderId"));
    }

    @Test
    void ticketIsVoided() {
        fixture.given(ISSUED)
                .when(new VoidTicketCommand(TICKET, "refunded"))
                .expectEvents(new TicketVoidedEvent(TICKET, ORDER, "refunded"));
    }

    @Test
    void voidingTwiceIsANoOp() {
        fixture.given(ISSUED, new TicketVoidedEvent(TICKET, ORDER, "refunded"))
                .when(new VoidTicketCommand(TICKET, "refunded"))
                .expectNoEvents();
    }
}
