package com.piquetickets.api.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.ScanResult;
import java.time.Instant;
import java.util.UUID;

/**
 * What the door answers to one scan: the result, a line for the screen, who it is (name, ticket type, order) and, as
 * the result needs, when and where they came in, the other scan of a conflict, when check-in opens or why the ticket
 * was voided. {@code replayed}: the scan id was answered before, this is that answer and nothing changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScanAnswer(
        String scanId,
        ScanResult result,
        boolean replayed,
        String message,
        Holder attendee,
        Instant admittedAt,
        Entry admission,
        Conflict conflict,
        Instant opensAt,
        String voidReason) {

    /** Who the ticket is for. */
    record Holder(UUID id, String firstName, String lastName, UUID ticketTypeId, String ticketTypeName, UUID orderId,
                  boolean vip) {
    }

    /** A scan that let someone in: which device ({@code deviceId}, its check-in session), where and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String scanId, UUID deviceId, String gate, Instant at, boolean offline) {
    }

    /** An offline admission that did not count, and the scan it lost to (none when the ticket was voided). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Conflict(ConflictReason reason, Entry with) {
    }

    static ScanAnswer refused(String scanId, ScanResult result, String message) {
        return new ScanAnswer(scanId, result, false, message, null, null, null, null, null, null);
    }

    ScanAnswer asReplayed() {
        return new ScanAnswer(scanId, result, true, message, attendee, admittedAt, admission, conflict, opensAt, voidReason);
    }
}
