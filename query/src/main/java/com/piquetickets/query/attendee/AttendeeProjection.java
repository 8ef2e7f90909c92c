package com.piquetickets.query.attendee;

import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.order.OrderViewUpdates;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
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
    private final QueryUpdateEmitter updates;

    AttendeeProjection(AttendeeRepository attendees, QueryUpdateEmitter updates) {
        this.attendees = attendees;
        this.updates = updates;
    }

    @EventHandler
    void on(TicketIssuedEvent event, @Timestamp Instant at) {
        UUID id = event.attendeeId().value();
        if (!attendees.existsById(id)) {
            attendees.save(new AttendeeEntity(id, event.orderId().value(), event.showId().value(),
                    event.ticketTypeId().value(), event.attendee(), event.vip(), at));
            OrderViewUpdates.changed(updates, event.orderId());
        }
    }

    @EventHandler
    void on(TicketVoidedEvent event, @Timestamp Instant at) {
        UUID id = event.attendeeId().value();
        attendees.findById(id).ifPresentOrElse(attendee -> {
            attendee.voided(event.reason(), at);
            attendees.save(attendee);
            OrderViewUpdates.changed(updates, new OrderId(attendee.orderId()));
        }, () -> log.warn("ticket {} is not in the read model; event skipped", id));
    }

    @ResetHandler
    void reset() {
        attendees.deleteAllInBatch();
    }
}
