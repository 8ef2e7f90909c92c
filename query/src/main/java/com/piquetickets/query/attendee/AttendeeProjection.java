package com.piquetickets.query.attendee;

import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code ticket_attendee} from the ticket events. A ticket is created once (a redelivered issue changes
 * nothing) and voided once, at the time of the first voiding.
 */
@Component
@ProcessingGroup(ProcessingGroups.ATTENDEES)
class AttendeeProjection {

    private static final Logger log = LoggerFactory.getLogger(AttendeeProjection.class);

    private final AttendeeRepository attendees;

    AttendeeProjection(AttendeeRepository attendees) {
        this.attendees = attendees;
    }

    @EventHandler
    void on(TicketIssuedEvent event, @Timestamp Instant at) {
        UUID id = event.attendeeId().value();
        if (!attendees.existsById(id)) {
            attendees.save(new AttendeeEntity(id, event.orderId().value(), event.showId().value(),
                    event.ticketTypeId().value(), event.attendee(), event.vip(), at));
        }
    }

    @EventHandler
    void on(TicketVoidedEvent event, @Timestamp Instant at) {
        UUID id = event.attendeeId().value();
        attendees.findById(id).ifPresentOrElse(attendee -> {
            attendee.voided(event.reason(), at);
            attendees.save(attendee);
        }, () -> log.warn("ticket {} is not in the read model; event skipped", id));
    }

    @ResetHandler
    void reset() {
        attendees.deleteAllInBatch();
    }
}
