package com.piquetickets.command.attendee;

import com.piquetickets.domain.attendee.DoorDecision;
import com.piquetickets.domain.attendee.DoorScan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the door knows of one ticket, rebuilt from its events: the holder's stays, the scans that changed them (latest
 * first, each with the stays before it, so the latest admission can be taken back exactly), the answer recorded for
 * each scan (a retried scan gets it again) and the scans undone.
 */
final class DoorRecord {

    /** A scan that changed the stays, and the stays before it. */
    record Movement(DoorScan scan, boolean admission, Visits before) {
    }

    private Visits visits = Visits.NONE;
    private final Deque<Movement> movements = new ArrayDeque<>();
    private final Map<String, DoorDecision> answers = new HashMap<>();
    private final Set<String> undone = new HashSet<>();

    Visits visits() {
        return visits;
    }

    Optional<DoorDecision> answerTo(DoorScan scan) {
        return Optional.ofNullable(answers.get(scan.key()));
    }

    Optional<Movement> latest() {
        return Optional.ofNullable(movements.peek());
    }

    boolean hasMoved(String scanKey) {
        return movements.stream().anyMatch(movement -> movement.scan().key().equals(scanKey));
    }

    boolean isUndone(String scanKey) {
        return undone.contains(scanKey);
    }

    /** {@code scan} (an admission, or an exit) changed the stays to {@code after}. */
    void moved(DoorScan scan, boolean admission, Visits after) {
        movements.push(new Movement(scan, admission, visits));
        visits = after;
    }

    /** {@code scan} was recorded and told {@code answer}. */
    void answered(DoorScan scan, DoorDecision answer) {
        answers.put(scan.key(), answer);
    }

    /** Takes back the latest movement, which {@code scanKey} made: the stays are as before it. */
    void undoLatest(String scanKey) {
        Movement latest = movements.pop();
        if (!latest.scan().key().equals(scanKey)) {
            throw new IllegalStateException("the latest movement is " + latest.scan().key() + ", not " + scanKey);
        }
        visits = latest.before();
        undone.add(scanKey);
    }
}
