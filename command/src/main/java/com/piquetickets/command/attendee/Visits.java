package com.piquetickets.command.attendee;

import com.piquetickets.domain.attendee.CheckInStatus;
import com.piquetickets.domain.attendee.DoorScan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stays of one ticket's holder in time order: each begins with the admission that let them in and ends with an exit,
 * or not yet. Stays never overlap. Immutable: every change returns new visits.
 */
record Visits(List<Stay> stays) {

    static final Visits NONE = new Visits(List.of());

    Visits {
        stays = List.copyOf(stays);
    }

    /** One stay inside; {@code exit} is null while the holder is in. */
    record Stay(DoorScan admission, DoorScan exit) {

        boolean covers(Instant at) {
            return !at.isBefore(admission.at()) && (exit == null || at.isBefore(exit.at()));
        }
    }

    /** Where an admission made at some time falls among the stays. */
    sealed interface Placement {
    }

    /** During a stay: another admission of someone already in. */
    record During(Stay stay) implements Placement {
    }

    /** Before a stay, with no exit recorded in between: that stay's admission was the second of the same stay. */
    record Before(Stay stay) implements Placement {
    }

    /** After every stay: a new stay. */
    record Fresh() implements Placement {
    }

    Optional<Stay> open() {
        return stays.isEmpty() || stays.getLast().exit() != null ? Optional.empty() : Optional.of(stays.getLast());
    }

    boolean inside() {
        return open().isPresent();
    }

    Placement place(Instant at) {
        for (Stay stay : stays) {
            if (stay.covers(at)) {
                return new During(stay);
            }
            if (stay.admission().at().isAfter(at)) {
                return new Before(stay);
            }
        }
        return new Fresh();
    }

    /** A new stay, begun by {@code admission}. */
    Visits admit(DoorScan admission) {
        List<Stay> next = new ArrayList<>(stays);
        next.add(new Stay(admission, null));
        return new Visits(next);
    }

    /** The open stay, ended by {@code exit}. */
    Visits exit(DoorScan exit) {
        Stay open = open().orElseThrow(() -> new IllegalStateException("nobody is inside"));
        List<Stay> next = new ArrayList<>(stays.subList(0, stays.size() - 1));
        next.add(new Stay(open.admission(), exit));
        return new Visits(next);
    }

    /** The stay that {@code losing} began, begun by the earlier {@code winning} scan instead. */
    Visits supersede(DoorScan losing, DoorScan winning) {
        return new Visits(stays.stream()
                .map(stay -> stay.admission().key().equals(losing.key()) ? new Stay(winning, stay.exit()) : stay)
                .toList());
    }

    /** Inside or not, first admitted when (null: never), and at which gate the latest stay began. */
    CheckInStatus status() {
        if (stays.isEmpty()) {
            return CheckInStatus.NEVER_ADMITTED;
        }
        return new CheckInStatus(inside(), stays.getFirst().admission().at(), stays.getLast().admission().gate());
    }
}
