package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.DoorDevice;
import com.piquetickets.api.security.ForbiddenException;
import com.piquetickets.api.web.UnprocessableRequestException;
import com.piquetickets.domain.attendee.AdmitAttendeeCommand;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.DoorDecision;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.ExitAttendeeCommand;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.attendee.ScanResult;
import com.piquetickets.domain.attendee.TicketCode;
import com.piquetickets.domain.attendee.UndoAdmissionCommand;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.common.DomainException;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.saga.ticketcode.TicketCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The door's front desk: reads a scanned code, asks the ticket's Attendee aggregate for the decision and answers the
 * device, keeping every answer by the device's scan id so a retry is answered the same. A code that is no ticket of ours
 * ({@code UNKNOWN}, decided by its signature alone) or a ticket of another show ({@code WRONG_SHOW}) is refused with a
 * 4xx and changes nothing. Two nodes admitting one ticket at the same instant conflict on the event store's unique
 * (aggregate, sequence) key; the loser asks again and gets the winner's answer.
 */
@Component
class DoorDesk {

    static final int ATTEMPTS = 3;

    private final Commands commands;
    private final Queries queries;
    private final TicketCodes ticketCodes;
    private final ShowDoors shows;
    private final ScanRequests requests;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration clockSkew;

    DoorDesk(Commands commands, Queries queries, TicketCodes ticketCodes, ShowDoors shows, ScanRequests requests,
             JsonMapper json, Clock clock, CheckInProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.ticketCodes = ticketCodes;
        this.shows = shows;
        this.requests = requests;
        this.json = json;
        this.clock = clock;
        this.clockSkew = properties.deviceClockSkew();
    }

    ScanAnswer scan(DoorDevice device, ScanRequest request) {
        Instant at = onlineTime(request.scannedAt());
        ShowDoors.Door door = shows.of(device.showId());
        AttendeeId attendee = identify(device, door, request.code());
        String fingerprint = ScanRequests.fingerprint("scan", request.code().strip(), request.directionOrIn(), request.gate(),
                request.scannedAt());
        Optional<ScanRequests.Stored> earlier = requests.claim(device, request.scanId(), fingerprint);
        if (earlier.isPresent()) {
            return json.readValue(earlier.get().response(), ScanAnswer.class).asReplayed();
        }
        try {
            DoorScan scan = scan(device, request.scanId(), request.gate(), at, false);
            ScanAnswer answer = DoorAnswers.of(request.scanId(), decide(door, attendee, scan, request.directionOrIn()), door);
            requests.complete(device, request.scanId(), List.of(attendee.value()), answer.result().name(),
                    json.writeValueAsString(answer));
            return answer;
        } catch (RuntimeException e) {
            requests.forget(device, request.scanId());
            throw e;
        }
    }

    /** Admits the ticket shown, then every other ticket of its order; each ticket answers for itself. */
    GroupScanAnswer group(DoorDevice device, GroupScanRequest request) {
        Instant at = clock.instant();
        ShowDoors.Door door = shows.of(device.showId());
        AttendeeId shown = identify(device, door, request.code());
        String fingerprint = ScanRequests.fingerprint("group", request.code().strip(), request.gate());
        Optional<ScanRequests.Stored> earlier = requests.claim(device, request.scanId(), fingerprint);
        if (earlier.isPresent()) {
            return json.readValue(earlier.get().response(), GroupScanAnswer.class).asReplayed();
        }
        try {
            DoorScan scan = scan(device, request.scanId(), request.gate(), at, false);
            DoorDecision first = decide(door, shown, scan, ScanRequest.Direction.IN);
            OrderView order = queries.one(new FindOrderQuery(first.orderId()), OrderView.class, "order", first.orderId());
            List<DoorDecision> decisions = new ArrayList<>(List.of(first));
            List<UUID> attendees = new ArrayList<>(List.of(shown.value()));
            for (AttendeeView ticket : order.attendees()) {
                if (!ticket.uuid().equals(shown.value())) {
                    decisions.add(decide(door, new AttendeeId(ticket.uuid()), scan, ScanRequest.Direction.IN));
                    attendees.add(ticket.uuid());
                }
            }
            List<ScanAnswer> tickets = decisions.stream().map(decision -> DoorAnswers.of(request.scanId(), decision, door))
                    .toList();
            int admitted = (int) tickets.stream().filter(ticket -> ticket.result() == ScanResult.ADMITTED).count();
            GroupScanAnswer answer = new GroupScanAnswer(request.scanId(), first.orderId().value(), admitted, false, tickets);
            requests.complete(device, request.scanId(), attendees, "GROUP", json.writeValueAsString(answer));
            return answer;
        } catch (RuntimeException e) {
            requests.forget(device, request.scanId());
            throw e;
        }
    }

    /** Takes back the admissions a scan of this device made. */
    UndoAnswer undo(DoorDevice device, String scanId) {
        if (scanId == null || !scanId.matches(ScanRequest.SCAN_ID) || scanId.length() > 100) {
            throw new InvalidInputException("scanId", ScanRequest.SCAN_ID_MESSAGE + ", at most 100 characters");
        }
        ScanRequests.Stored stored = requests.find(device, scanId).filter(scan -> scan.response() != null)
                .orElseThrow(() -> new NotFoundException("scan", scanId));
        ShowDoors.Door door = shows.of(device.showId());
        List<ScanAnswer> undone = new ArrayList<>();
        DomainException refusal = new RuleViolationException("nothing-to-undo", "scan " + scanId + " admitted nobody");
        for (UUID attendee : stored.attendeeIds()) {
            try {
                DoorDecision decision = send(new UndoAdmissionCommand(new AttendeeId(attendee),
                        new CheckInSessionId(device.sessionId()), scanId));
                undone.add(DoorAnswers.of(scanId, decision, door));
            } catch (RuntimeException e) {
                refusal = domainCause(e).orElseThrow(() -> e);
            }
        }
        if (undone.isEmpty()) {
            throw refusal;
        }
        return new UndoAnswer(scanId, undone.size() == 1 ? undone.getFirst().message()
                : undone.size() + " admissions undone", undone);
    }

    /**
     * The ticket a code names: a code this show signed, or a bare attendee UUID. Bare UUIDs are what tickets issued
     * before signed codes show, so they are looked up among the tickets already known (a random UUID never reaches an
     * aggregate).
     */
    AttendeeId identify(DoorDevice device, ShowDoors.Door door, String code) {
        String text = code.strip();
        Optional<AttendeeId> bare = TicketCode.bareAttendeeId(text);
        if (bare.isPresent()) {
            AttendeeView ticket = queries.optional(new FindAttendeeQuery(bare.get().value()), AttendeeView.class)
                    .orElseThrow(DoorDesk::unknown);
            if (!ticket.showId().equals(device.showId())) {
                throw wrongShow(door);
            }
            return bare.get();
        }
        TicketCode signed = ticketCodes.verify(text).orElseThrow(DoorDesk::unknown);
        if (!signed.showId().value().equals(device.showId())) {
            throw wrongShow(door);
        }
        return signed.attendeeId();
    }

    /** The aggregate's decision on one scan of one ticket; a ticket that does not exist or is another show's is refused. */
    DoorDecision decide(ShowDoors.Door door, AttendeeId attendee, DoorScan scan, ScanRequest.Direction direction) {
        ShowId show = new ShowId(door.showId());
        Object command = direction == ScanRequest.Direction.OUT ? new ExitAttendeeCommand(attendee, show, scan)
                : new AdmitAttendeeCommand(attendee, show, scan, scan.offline() ? null : door.opensAt());
        DoorDecision decision;
        try {
            decision = send(command);
        } catch (AggregateNotFoundException noSuchTicket) {
            throw unknown();
        }
        if (decision.result() == ScanResult.WRONG_SHOW) {
            throw wrongShow(door);
        }
        return decision;
    }

    static DoorScan scan(DoorDevice device, String scanId, String gate, Instant at, boolean offline) {
        return new DoorScan(new CheckInSessionId(device.sessionId()), scanId,
                gate == null || gate.isBlank() ? null : gate.strip(), at, offline);
    }

    private DoorDecision send(Object command) {
        return ConflictRetry.call(() -> commands.send(command), ATTEMPTS);
    }

    private Instant onlineTime(Instant scannedAt) {
        Instant now = clock.instant();
        if (scannedAt == null) {
            return now;
        }
        if (Duration.between(scannedAt, now).abs().compareTo(clockSkew) > 0) {
            throw new InvalidInputException("scannedAt", "is more than " + clockSkew.toMinutes() + " minutes from the "
                    + "server's clock; upload scans made offline to POST /api/check-in/scans/batch");
        }
        return scannedAt;
    }

    static UnprocessableRequestException unknown() {
        return new UnprocessableRequestException("ticket-unknown",
                "this code is not a ticket of ours: it is unreadable, altered or forged");
    }

    static ForbiddenException wrongShow(ShowDoors.Door door) {
        return new ForbiddenException("wrong-show", "this ticket is for another show; this device checks in for '"
                + door.title() + "'");
    }

    private static Optional<DomainException> domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
