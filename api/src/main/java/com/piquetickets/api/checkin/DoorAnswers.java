package com.piquetickets.api.checkin;

import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.DoorDecision;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.order.AttendeeName;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns the Attendee aggregate's decision into the door's answer, with a line for the device's screen. */
final class DoorAnswers {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DoorAnswers() {
    }

    static ScanAnswer of(String scanId, DoorDecision decision, ShowDoors.Door door) {
        AttendeeName name = decision.attendee();
        ScanAnswer.Holder holder = new ScanAnswer.Holder(decision.attendeeId().value(),
                name == null ? null : name.firstName(), name == null ? null : name.lastName(),
                decision.ticketTypeId().value(), door.ticketTypeName(decision.ticketTypeId().value()),
                decision.orderId().value(), decision.vip());
        ScanAnswer.Conflict conflict = decision.conflictReason() == null ? null
                : new ScanAnswer.Conflict(decision.conflictReason(), entry(decision.conflictWith()));
        return new ScanAnswer(scanId, decision.result(), decision.replayed(), message(decision, holder, door), holder,
                decision.admittedAt(), entry(decision.admission()), conflict, decision.opensAt(), decision.voidReason());
    }

    private static ScanAnswer.Entry entry(DoorScan scan) {
        return scan == null ? null
                : new ScanAnswer.Entry(scan.scanId(), scan.sessionId().value(), scan.gate(), scan.at(), scan.offline());
    }

    private static String message(DoorDecision decision, ScanAnswer.Holder holder, ShowDoors.Door door) {
        String who = (orEmpty(holder.firstName()) + " " + orEmpty(holder.lastName())).strip()
                + (holder.ticketTypeName() == null ? "" : " (" + holder.ticketTypeName() + (holder.vip() ? ", VIP" : "") + ")");
        DoorScan admission = decision.admission();
        return switch (decision.result()) {
            case ADMITTED -> "Admit " + who;
            case ALREADY_INSIDE -> "Already inside since " + when(admission, door) + ": " + who;
            case EXITED -> "Exit recorded; " + who + " may come back in";
            case NOT_INSIDE -> "Not inside, nothing recorded: " + who;
            case VOIDED -> "Do not admit: ticket voided" + (decision.voidReason() == null ? "" : " (" + decision.voidReason()
                    + ")") + ": " + who;
            case NOT_OPEN_YET -> "Check-in opens at " + time(decision.opensAt(), door) + ": " + who;
            case CONFLICT -> decision.conflictReason() == ConflictReason.VOIDED
                    ? "Conflict recorded: the ticket had been voided: " + who
                    : "Conflict recorded: already admitted at " + when(admission, door) + ": " + who;
            case UNDONE -> "Admission undone: " + who;
            case WRONG_SHOW -> "Do not admit: this ticket is for another show";
            case UNKNOWN -> "Do not admit: not a ticket of ours";
        };
    }

    private static String when(DoorScan scan, ShowDoors.Door door) {
        if (scan == null) {
            return "earlier";
        }
        return time(scan.at(), door) + (scan.gate() == null ? "" : " at gate " + scan.gate());
    }

    private static String time(Instant at, ShowDoors.Door door) {
        return at == null ? "?" : CLOCK.format(at.atZone(door.zone()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
