package com.piquetickets.command.attendee;

import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One issued ticket: the seat of one attendee of a paid order. Its id is what the QR code encodes. Voiding is final. */
@Aggregate
class Attendee {

    static final int MAX_PERSON_NAME_LENGTH = 100;

    @AggregateIdentifier
    private AttendeeId attendeeId;
    private OrderId orderId;
    private boolean voided;

    Attendee() {
        // for Axon
    }

    @CommandHandler
    Attendee(IssueTicketCommand command) {
        if (command.orderId() == null) {
            throw new InvalidInputException("orderId", "is required");
        }
        if (command.showId() == null) {
            throw new InvalidInputException("showId", "is required");
        }
        if (command.ticketTypeId() == null) {
            throw new InvalidInputException("ticketTypeId", "is required");
        }
        AttendeeName attendee = command.attendee();
        if (attendee == null) {
            throw new InvalidInputException("attendee", "is required (the buyer when nobody else is named)");
        }
        AttendeeName named = new AttendeeName(
                Inputs.required("attendee.firstName", attendee.firstName(), MAX_PERSON_NAME_LENGTH),
                Inputs.required("attendee.lastName", attendee.lastName(), MAX_PERSON_NAME_LENGTH),
                attendee.email() == null || attendee.email().isBlank() ? null : Inputs.email("attendee.email", attendee.email()));
        apply(new TicketIssuedEvent(command.attendeeId(), command.orderId(), command.showId(), command.ticketTypeId(), named,
                command.vip()));
    }

    @CommandHandler
    void handle(VoidTicketCommand command) {
        if (voided) {
            return;
        }
        apply(new TicketVoidedEvent(attendeeId, orderId, Inputs.optional("reason", command.reason(), MAX_TEXT_LENGTH)));
    }

    @EventSourcingHandler
    void on(TicketIssuedEvent event) {
        attendeeId = event.attendeeId();
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(TicketVoidedEvent event) {
        voided = true;
    }
}
