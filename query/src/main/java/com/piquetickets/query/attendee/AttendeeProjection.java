package com.piquetickets.query.attendee;

import com.piquetickets.domain.attendee.AdmissionUndoneEvent;
import com.piquetickets.domain.attendee.AttendeeAdmittedEvent;
import com.piquetickets.domain.attendee.AttendeeExitedEvent;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.CheckInStatus;
import com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.checkin.CheckInUpdates;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code ticket_attendee} from the ticket events. A ticket is created once (a redelivered issue changes
 * nothing) and voided once, at the time of the first voiding; its place at the door is the one the latest check-in
 * event (by the aggregate's sequence number) says, so a redelivered or replayed one changes nothing. Each change takes
 * the show's next change number (the door manifest's cursor) and is reported to the show's door dashboards.
 */
@Component
@ProcessingGroup(ProcessingGroups.ATTENDEES)
class AttendeeProjection {

    private static final Logger log = LoggerFactory.getLogger(AttendeeProjection.class);
    private static final String LATEST_CHANGES = AttendeeProjection.class.getName() + ".latestChanges";

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
            UUID show = event.showId().value();
            attendees.save(new AttendeeEntity(id, event.orderId().value(), show, event.ticketTypeId().value(),
                    event.attendee(), event.vip(), at, nextChange(show, at)));
            CheckInUpdates.changed(updates, show);
        }
    }

    @EventHandler
    void on(TicketVoidedEvent event, @Timestamp Instant at) {
        UUID id = event.attendeeId().value();
        attendees.findById(id).ifPresentOrElse(attendee -> {
            if (attendee.voided(event.reason(), at, nextChange(attendee.showId(), at))) {
                attendees.save(attendee);
                CheckInUpdates.changed(updates, attendee.showId());
            }
        }, () -> log.warn("ticket {} is not in the read model; event skipped", id));
    }

    @EventHandler
    void on(AttendeeAdmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        checkIn(event.attendeeId(), event.status(), sequence, at);
    }

    @EventHandler
    void on(AttendeeExitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        checkIn(event.attendeeId(), event.status(), sequence, at);
    }

    @EventHandler
    void on(AdmissionUndoneEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        checkIn(event.attendeeId(), event.status(), sequence, at);
    }

    @EventHandler
    void on(OfflineAdmissionConflictEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        checkIn(event.attendeeId(), event.status(), sequence, at);
    }

    private void checkIn(AttendeeId attendeeId, CheckInStatus status, long sequence, Instant at) {
        UUID id = attendeeId.value();
        attendees.findById(id).ifPresentOrElse(attendee -> {
            if (attendee.isNewDoorEvent(sequence)) {
                attendee.checkIn(status, sequence, at, nextChange(attendee.showId(), at));
                attendees.save(attendee);
                CheckInUpdates.changed(updates, attendee.showId());
            }
        }, () -> log.warn("ticket {} is not in the read model; check-in event skipped", id));
    }

    /**
     * The change number of a change of a show's tickets at {@code at}: above every earlier one, and otherwise the
     * event's time in milliseconds, so a replay of the same events numbers them the same and a door device's cursor
     * stays valid. The show's latest number is read once per batch of events and counted on from there.
     */
    private long nextChange(UUID showId, Instant at) {
        Map<UUID, Long> latest = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LATEST_CHANGES, key -> new HashMap<>())
                : new HashMap<>();
        long next = Math.max(latest.computeIfAbsent(showId, attendees::lastChangeOfShow) + 1, at.toEpochMilli());
        latest.put(showId, next);
        return next;
    }

    @ResetHandler
    void reset() {
        attendees.deleteAllInBatch();
    }
}
