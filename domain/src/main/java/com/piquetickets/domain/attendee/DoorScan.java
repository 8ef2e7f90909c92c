package com.piquetickets.domain.attendee;

import com.piquetickets.domain.checkin.CheckInSessionId;
import java.time.Instant;

/**
 * One scan of a ticket at the door: the device that made it (its check-in session), the device's own id for the scan,
 * the gate (null when the device names none), when it was made, and whether the device decided it offline and uploaded
 * it later.
 */
public record DoorScan(CheckInSessionId sessionId, String scanId, String gate, Instant at, boolean offline) {

    /** Names the scan uniquely: scan ids are the device's own, so they are unique per session only. */
    public String key() {
        return sessionId + "/" + scanId;
    }
}
