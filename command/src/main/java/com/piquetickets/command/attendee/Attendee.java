package com.piquetickets.command.attendee;

import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.attendee.AdmissionUndoneEvent;
import com.piquetickets.domain.attendee.AdmitAttendeeCommand;
import com.piquetickets.domain.attendee.AttendeeAdmittedEvent;
import com.piquetickets.domain.attendee.AttendeeExitedEvent;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.DoorDecision;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.ExitAttendeeCommand;
import com.piquetickets.domain.attendee.IssueTicketCommand;
import com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent;
import com.piquetickets.domain.attendee.ScanResult;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.attendee.UndoAdmissionCommand;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One issued ticket: the seat of one attendee of a paid order, and the one place that decides whether its holder may
 * come in. Concurrent scans of one ticket are serialised on this aggregate (and, across nodes, by the event store's
 * unique (aggregate, sequence) key), so a ticket is admitted once per stay whatever the number of scanners. Voiding is
 * final, and does not undo an admission: a ticket refunded after its holder came in stays admitted.
 */
@Aggregate
class Attendee {

    static final int MAX_PERSON_NAME_LENGTH = 100;

    @AggregateIdentifier
    private AttendeeId attendeeId;
    private OrderId orderId;
    private ShowId showId;
    private TicketTypeId ticketTypeId;
    private AttendeeName attendee;
    private boolean vip;
    private boolean voided;
    private Instant voidedAt;
    private String voidReason;
    private final DoorRecord door = new DoorRecord();

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

    @CommandHandler
    DoorDecision handle(AdmitAttendeeCommand command, Clock clock) {
        DoorScan scan = validScan(command.scan());
        Optional<DoorDecision> earlier = door.answerTo(scan);
        if (earlier.isPresent()) {
            return earlier.get().asReplayed();
        }
        if (!showId.equals(command.showId())) {
            return answer(ScanResult.WRONG_SHOW, null, null, null);
        }
        return scan.offline() ? admitOffline(scan) : admitOnline(scan, command.opensAt(), clock.instant());
    }

    private DoorDecision admitOnline(DoorScan scan, Instant opensAt, Instant now) {
        if (voided) {
            return answer(ScanResult.VOIDED, null, null, null);
        }
        if (opensAt != null && now.isBefore(opensAt)) {
            return answer(ScanResult.NOT_OPEN_YET, null, null, opensAt);
        }
        Optional<Visits.Stay> open = door.visits().open();
        if (open.isPresent()) {
            return answer(ScanResult.ALREADY_INSIDE, open.get().admission(), null, null);
        }
        apply(new AttendeeAdmittedEvent(attendeeId, orderId, showId, ticketTypeId, scan, door.visits().admit(scan).status()));
        return recorded(scan);
    }

    /** The device let them in already; the earliest admission of a stay counts and every other one is a conflict. */
    private DoorDecision admitOffline(DoorScan scan) {
        Visits visits = door.visits();
        if (voided && !scan.at().isBefore(voidedAt)) {
            apply(conflict(ConflictReason.VOIDED, scan, null, false, visits));
            return recorded(scan);
        }
        switch (visits.place(scan.at())) {
            case Visits.During during -> apply(conflict(ConflictReason.ALREADY_INSIDE, scan, during.stay().admission(), false,
                    visits));
            case Visits.Before before -> apply(conflict(ConflictReason.ALREADY_INSIDE, before.stay().admission(), scan, true,
                    visits.supersede(before.stay().admission(), scan)));
            case Visits.Fresh fresh -> apply(new AttendeeAdmittedEvent(attendeeId, orderId, showId, ticketTypeId, scan,
                    visits.admit(scan).status()));
        }
        return recorded(scan);
    }

    private OfflineAdmissionConflictEvent conflict(ConflictReason reason, DoorScan losing, DoorScan winning,
                                                   boolean superseded, Visits after) {
        return new OfflineAdmissionConflictEvent(attendeeId, orderId, showId, ticketTypeId, reason, losing, winning,
                superseded, after.status());
    }

    @CommandHandler
    DoorDecision handle(ExitAttendeeCommand command) {
        DoorScan scan = validScan(command.scan());
        Optional<DoorDecision> earlier = door.answerTo(scan);
        if (earlier.isPresent()) {
            return earlier.get().asReplayed();
        }
        if (!showId.equals(command.showId())) {
            return answer(ScanResult.WRONG_SHOW, null, null, null);
        }
        Optional<Visits.Stay> open = door.visits().open();
        // An exit a device recorded offline before the stay began leaves that stay alone.
        if (open.isEmpty() || scan.offline() && scan.at().isBefore(open.get().admission().at())) {
            return answer(ScanResult.NOT_INSIDE, null, null, null);
        }
        apply(new AttendeeExitedEvent(attendeeId, orderId, showId, ticketTypeId, scan, door.visits().exit(scan).status()));
        return recorded(scan);
    }

    @CommandHandler
    DoorDecision handle(UndoAdmissionCommand command) {
        if (command.sessionId() == null || command.scanId() == null || command.scanId().isBlank()) {
            throw new InvalidInputException("scanId", "is required");
        }
        String key = command.sessionId() + "/" + command.scanId();
        if (door.isUndone(key)) {
            return answer(ScanResult.UNDONE, null, null, null).asReplayed();
        }
        DoorRecord.Movement latest = door.latest().filter(movement -> movement.scan().key().equals(key))
                .orElseThrow(() -> door.hasMoved(key)
                        ? new RuleViolationException("undo-not-latest",
                                "a later scan of this ticket followed this one; only the latest admission can be undone")
                        : new RuleViolationException("nothing-to-undo", "this scan admitted nobody, so there is nothing to undo"));
        if (!latest.admission()) {
            throw new RuleViolationException("nothing-to-undo", "an exit is not undone: scan the ticket in again instead");
        }
        apply(new AdmissionUndoneEvent(attendeeId, orderId, showId, ticketTypeId, latest.scan(), command.sessionId(),
                latest.before().status()));
        return answer(ScanResult.UNDONE, latest.scan(), null, null);
    }

    private static DoorScan validScan(DoorScan scan) {
        if (scan == null || scan.sessionId() == null || scan.at() == null) {
            throw new InvalidInputException("scan", "is required, with the device's session and the time of the scan");
        }
        if (scan.scanId() == null || scan.scanId().isBlank()) {
            throw new InvalidInputException("scanId", "is required");
        }
        return scan;
    }

    /** What the event just applied recorded as the answer to {@code scan}. */
    private DoorDecision recorded(DoorScan scan) {
        return door.answerTo(scan).orElseThrow(() -> new IllegalStateException("no answer recorded for " + scan.key()));
    }

    private DoorDecision answer(ScanResult result, DoorScan admission, DoorScan conflictWith, Instant opensAt) {
        return answer(result, admission, conflictWith, null, opensAt);
    }

    private DoorDecision answer(ScanResult result, DoorScan admission, DoorScan conflictWith, ConflictReason reason,
                                Instant opensAt) {
        return new DoorDecision(result, attendeeId, orderId, showId, ticketTypeId, attendee, vip, admission, conflictWith,
                reason, door.visits().status().admittedAt(), opensAt, voided ? voidReason : null, false);
    }

    @EventSourcingHandler
    void on(TicketIssuedEvent event) {
        attendeeId = event.attendeeId();
        orderId = event.orderId();
        showId = event.showId();
        ticketTypeId = event.ticketTypeId();
        attendee = event.attendee();
        vip = event.vip();
    }

    @EventSourcingHandler
    void on(TicketVoidedEvent event, @Timestamp Instant at) {
        voided = true;
        voidedAt = at;
        voidReason = event.reason();
    }

    @EventSourcingHandler
    void on(AttendeeAdmittedEvent event) {
        door.moved(event.scan(), true, door.visits().admit(event.scan()));
        door.answered(event.scan(), answer(ScanResult.ADMITTED, event.scan(), null, null));
    }

    @EventSourcingHandler
    void on(AttendeeExitedEvent event) {
        DoorScan admission = door.visits().open().map(Visits.Stay::admission).orElse(null);
        door.moved(event.scan(), false, door.visits().exit(event.scan()));
        door.answered(event.scan(), answer(ScanResult.EXITED, admission, null, null));
    }

    @EventSourcingHandler
    void on(OfflineAdmissionConflictEvent event) {
        if (event.superseded()) {
            door.moved(event.winning(), true, door.visits().supersede(event.losing(), event.winning()));
            door.answered(event.winning(), answer(ScanResult.ADMITTED, event.winning(), event.losing(), event.reason(), null));
        } else {
            door.answered(event.losing(), answer(ScanResult.CONFLICT, event.winning(), event.winning(), event.reason(), null));
        }
    }

    @EventSourcingHandler
    void on(AdmissionUndoneEvent event) {
        door.undoLatest(event.undone().key());
    }
}
